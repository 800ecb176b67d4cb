"""The sandbox's ``_abc``: the native half of CPython's ``abc.py``, written by us.

CPython's ``abc.py`` (which the sandbox runs as it is) imports ``_abc`` and falls back to
the pure-Python ``_py_abc`` when it is missing.  The fallback is not an option here for
two reasons.  ``typing`` decides whether a protocol check may be lenient by the module
name of the frame that called it (``_allow_reckless_class_checks``): with ``_abc`` those
frames are ``abc.py``'s own, with ``_py_abc`` they are not, and ``isinstance`` against a
runtime-checkable protocol then fails where CPython succeeds.  And ``_py_abc`` keeps its
registries in ``_weakrefset.WeakSet``, so each ``isinstance(x, Mapping)`` runs a dozen
sandboxed calls (twice the time of this module).

What this module holds is sandbox data only: per class, an :class:`AbcData` with the
classes registered or cached (sandbox classes, and the builtin types a program may name),
kept by ``id`` so that no sandboxed ``__hash__``/``__eq__`` of a metaclass runs on a look-up;
per sandbox, the invalidation counter (each sandbox gets its own functions from
:func:`create`, so no sandbox sees another's registrations).  ``AbcData`` has no
attributes visible to the sandbox.  Sandboxed code it calls (``__subclasshook__``,
``__subclasscheck__``, ``__subclasses__``) is called through the runtime's call
machinery (``yield from call(...)``); nested ``issubclass`` tests go through the
host's ``issubclass`` exactly as the sandbox's own ``issubclass`` builtin does.  Work is
bounded by the sizes of the class's registry, subclasses and ``__abstractmethods__``;
each loop turn is a step for the meter.
"""

from __future__ import annotations

from typing import Any

from ..runtime.attributes import MISSING, USER_CLASSES, load_attr, set_class_attr, store_attr
from ..runtime.builtins import collect, tick
from ..runtime.calls import call
from ..runtime.descriptors import is_abstract
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.typetable import register_type
from . import register
from ._weakref import WeakRef

_mro_of = type.__dict__["__mro__"].__get__
_class_dict = type.__dict__["__dict__"].__get__


class AbcData:
    """``_abc._abc_data``: one ABC's registry and caches, classes by ``id``."""

    __slots__ = ("registry", "cache", "negative", "negative_version")

    def __init__(self, version: int) -> None:
        self.registry: dict[int, type] = {}
        self.cache: dict[int, type] = {}
        self.negative: dict[int, type] = {}
        self.negative_version = version

    def __repr__(self) -> str:
        return f"<_abc._abc_data object at {id(self):#x}>"


register_type(AbcData, name="_abc_data")


class _Counter:
    """One sandbox's ABC invalidation counter (``abc.get_cache_token()``)."""

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0


def _impl(cls: Any) -> AbcData:
    # The class's own, set by _abc_init, is the usual case: read without a look-up.
    data = _class_dict(cls).get("_abc_impl") if isinstance(cls, type) else None
    if type(data) is AbcData:
        return data
    data = load_attr(cls, "_abc_impl")
    if type(data) is not AbcData:
        raise TypeError("_abc_impl is set to a wrong type")
    return data


def _abstract_names(cls: Any) -> Any:
    """The names ``cls.__abstractmethods__`` should hold (generator): abstract values
    of its own namespace, and the abstract names of its bases still abstract on it."""
    names = []
    # Not a class: CPython reads ``cls.__dict__`` all the same (and fails the same way).
    namespace = _class_dict(cls) if isinstance(cls, type) else load_attr(cls, "__dict__")
    if not isinstance(namespace, dict) and type(namespace) is not type(_class_dict(object)):
        raise TypeError("__dict__ is not a dictionary")
    for key, value in list(namespace.items()):
        yield from tick()
        if is_abstract(value):
            names.append(key)
    for base in load_attr(cls, "__bases__"):
        try:
            inherited = load_attr(base, "__abstractmethods__")
        except AttributeError:
            continue
        for key in (yield from collect(inherited)):
            yield from tick()
            if type(key) is not str:
                raise TypeError(f"attribute name must be string, not '{type(key).__name__}'")
            try:
                value = load_attr(cls, key)
            except AttributeError:
                continue
            if is_abstract(value):
                names.append(key)
    return frozenset(names)


def _make_functions(counter: _Counter) -> dict[str, Builtin]:
    def _abc_init(cls: Any, /) -> Any:
        store_attr(cls, "__abstractmethods__", (yield from _abstract_names(cls)))
        # CPython's _abc_init turns this marker into type flags and drops it.
        if isinstance(cls, type) and "__abc_tpflags__" in _class_dict(cls):
            set_class_attr(cls, "__abc_tpflags__", MISSING, hooks=False)
        store_attr(cls, "_abc_impl", AbcData(counter.value))
        return None

    def _abc_register(cls: Any, subclass: Any, /) -> Any:
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass, virtual or not
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry[id(subclass)] = subclass
        counter.value += 1  # every negative cache is stale now
        return subclass

    def _abc_instancecheck(cls: Any, instance: Any, /) -> Any:
        data = _impl(cls)
        subtype = type(instance)
        # Only a sandbox class can make ``__class__`` differ from the type.
        subclass = load_attr(instance, "__class__") if id(subtype) in USER_CLASSES else subtype
        if id(subclass) in data.cache:
            return True
        if subtype is subclass:
            if data.negative_version == counter.value and id(subclass) in data.negative:
                return False
            return (yield from call(load_attr(cls, "__subclasscheck__"), (subclass,), None))
        check = load_attr(cls, "__subclasscheck__")
        result = yield from call(check, (subclass,), None)
        if result:
            return result
        return (yield from call(check, (subtype,), None))

    def _abc_subclasscheck(cls: Any, subclass: Any, /) -> Any:
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = _impl(cls)
        key = id(subclass)
        if key in data.cache:
            return True
        if data.negative_version < counter.value:
            data.negative.clear()
            data.negative_version = counter.value
        elif key in data.negative:
            return False
        ok = yield from call(load_attr(cls, "__subclasshook__"), (subclass,), None)
        if ok is True:
            data.cache[key] = subclass
            return True
        if ok is False:
            data.negative[key] = subclass
            return False
        if ok is not NotImplemented:
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        found = cls in _mro_of(subclass)
        if not found:
            for registered in list(data.registry.values()):
                yield from tick()
                if issubclass(subclass, registered):
                    found = True
                    break
        if not found:
            subclasses = yield from call(load_attr(cls, "__subclasses__"), (), None)
            for sub in (yield from collect(subclasses)):
                yield from tick()
                if issubclass(subclass, sub):
                    found = True
                    break
        if found:
            data.cache[key] = subclass
            return True
        data.negative[key] = subclass
        return False

    def get_cache_token() -> int:
        return counter.value

    def _get_dump(cls: Any, /) -> tuple:
        data = _impl(cls)
        return (
            {WeakRef(k) for k in data.registry.values()},
            {WeakRef(k) for k in data.cache.values()},
            {WeakRef(k) for k in data.negative.values()},
            data.negative_version,
        )

    def _reset_registry(cls: Any, /) -> None:
        _impl(cls).registry.clear()

    def _reset_caches(cls: Any, /) -> None:
        data = _impl(cls)
        data.cache.clear()
        data.negative.clear()

    suspending = {_abc_init, _abc_instancecheck, _abc_subclasscheck}
    return {
        fn.__name__: Builtin(fn, fn.__name__, suspends=fn in suspending)
        for fn in (
            _abc_init,
            _abc_register,
            _abc_instancecheck,
            _abc_subclasscheck,
            get_cache_token,
            _get_dump,
            _reset_registry,
            _reset_caches,
        )
    }


@register("_abc")
def create() -> Module:
    """A fresh ``_abc`` for one sandbox, with its own invalidation counter."""
    return make_module("_abc", _make_functions(_Counter()))
