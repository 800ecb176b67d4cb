# kind jail: the native _abc (its per-class _abc_data, wrong receivers) and _weakref.ref on runtime objects
import _abc
import _weakref
import abc
import weakref
from collections.abc import Mapping

found = []
impl = Mapping._abc_impl
for name in (
    "registry",
    "cache",
    "negative",
    "negative_version",
    "__dict__",
    "__slots__",
    "__class__",
    "__reduce_ex__",
    "__init__",
    "__repr__",
):
    try:
        found.append(getattr(impl, name))
    except Exception as e:
        found.append(type(e).__name__)
found.append(repr(impl))
found.append(dir(impl))
for fn in (
    _abc._abc_init,
    _abc._abc_register,
    _abc._abc_instancecheck,
    _abc._abc_subclasscheck,
    _abc._get_dump,
    _abc._reset_registry,
    _abc._reset_caches,
    _abc.get_cache_token,
):
    for args in (
        (),
        (int,),
        (int, str),
        (Mapping, 3),
        (3, Mapping),
        (impl,),
        (Mapping, impl),
        (object, object),
        (type, type),
        (Mapping, Mapping, Mapping),
    ):
        try:
            found.append(fn(*args))
        except Exception as e:
            found.append(type(e).__name__)
found.append(_abc._get_dump(Mapping))
for ref in list(found[-1][1]):
    found.append(ref())


class Liar(abc.ABC):  # noqa: B024 - an ABC that lies about its data
    _abc_impl = 3


class Loud(abc.ABCMeta):
    def __subclasses__(cls):
        return [print, len, 3]


class Odd(metaclass=Loud):
    pass


for cls, probe in ((Liar, 1), (Odd, 1), (Odd, int)):
    try:
        found.append(isinstance(probe, cls) if not isinstance(probe, type) else issubclass(probe, cls))
    except Exception as e:
        found.append(type(e).__name__)

for target in (print, type, object, Mapping, impl, _abc, weakref, len, iter([]), map(abs, [])):
    try:
        r = _weakref.ref(target, print)
        found.append((r(), r.__callback__, hash(r) if target is not iter else 0))
    except Exception as e:
        found.append(type(e).__name__)


class R(weakref.ref):
    pass


found.append(R(Mapping)())
print(len(found))
