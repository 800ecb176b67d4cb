"""Shared helpers of the binary-data natives (``_struct``, ``binascii``, the digests,
``zlib``, ``unicodedata``): arguments made plain before a host C function sees them,
exception classes of the sandbox's own, and the meter charged for work per byte.

Why arguments are made plain first: a host function given a sandbox instance would run
its host dunders (``__index__``, ``__bool__``, ``__buffer__`` on 3.12+), which reach
sandbox code from inside a C call, outside the meter and the sandbox's call path.
:func:`plain` turns subclasses of the builtin value types into their exact base value,
and any other object into an inert stand-in (:func:`stand_in`) whose host type carries
the name the sandbox sees: the host function then refuses it with CPython's own
message, "a bytes-like object is required, not 'Foo'", and never touches the original.
"""

from __future__ import annotations

from typing import Any

from ..runtime import meter
from ..runtime.calls import call
from ..runtime.classes import create_class
from ..runtime.nested import run_nested
from ..runtime.typenames import visible_type_name

#: Values that reach host functions as they are: no host dunder of theirs runs
#: sandbox code.
EXACT = frozenset({int, bool, float, complex, str, bytes, bytearray, memoryview, type(None)})

#: Bytes hashed, packed or checksummed per meter step: about the time a loop
#: iteration of the sandbox takes.
BYTES_PER_STEP = 64
#: Bytes a host call works through at most between two looks at the meter.
CHUNK = 1 << 20

_stand_in_types: dict[str, type] = {}


def stand_in(obj: Any) -> Any:
    """An inert host object whose type is named as ``obj``'s visible type."""
    name = visible_type_name(obj)
    cls = _stand_in_types.get(name)
    if cls is None:
        cls = _stand_in_types[name] = type(name, (), {"__slots__": ()})
    return cls()


def plain(value: Any) -> Any:
    """``value`` made safe to hand to a host C function (see the module's docstring).

    Subclasses are told by ``issubclass`` on the type, never ``isinstance`` on the
    object, whose fallback would read the object's ``__class__`` in the host."""
    t = type(value)
    if t in EXACT:
        return value
    if issubclass(t, int):
        return int.__index__(value)
    if issubclass(t, float):
        return float.__float__(value)
    if issubclass(t, str):
        return str.__str__(value)
    if issubclass(t, bytes):
        return bytes.__getitem__(value, slice(None))
    if issubclass(t, bytearray):
        return bytearray.__getitem__(value, slice(None))
    return stand_in(value)


def plain_args(args: tuple, kwargs: dict | None) -> tuple[tuple, dict]:
    """``plain`` applied to every argument (keyword names as exact strs)."""
    return tuple(plain(a) for a in args), {str.__str__(k): plain(v) for k, v in (kwargs or {}).items()}


def is_buffer(value: Any) -> bool:
    return type(value) in (bytes, bytearray, memoryview)


def nbytes(value: Any) -> int:
    """Size in bytes of a plain buffer (0 for anything else)."""
    if type(value) is memoryview:
        return value.nbytes
    if type(value) in (bytes, bytearray):
        return len(value)
    return 0


def charge(nbytes: int) -> Any:
    """Count the steps of host work over ``nbytes`` bytes (generator: may pause)."""
    m = meter.current
    m.countdown -= nbytes // BYTES_PER_STEP + 1
    if m.countdown <= 0:
        yield from m.tick()


def chunks(data: Any) -> Any:
    """Pieces of the plain buffer ``data`` of at most :data:`CHUNK` bytes (views, no
    copy); a buffer that cannot be cut (not C-contiguous) comes whole, for the host
    function to judge."""
    if nbytes(data) <= CHUNK:
        yield data
        return
    view = memoryview(data)
    if view.ndim != 1 or view.format != "B":
        if not view.c_contiguous:
            yield data
            return
        view = view.cast("B")
    for start in range(0, len(view), CHUNK):
        yield view[start : start + CHUNK]


def exception_class(module: str, name: str, base: type) -> Any:
    """A new sandbox exception class ``module.name`` deriving from ``base`` (one per
    sandbox: modules are created per sandbox, and so are their classes)."""
    namespace = {"__module__": module, "__qualname__": name}
    return run_nested(create_class(type, name, (base,), namespace, None))


def raise_as(cls: Any, error: BaseException) -> BaseException:
    """An instance of sandbox class ``cls`` carrying the host ``error``'s arguments.

    Raise it outside the host ``except`` block that caught ``error`` (see
    :func:`translated`): raised inside, even ``from None``, it would keep the host
    exception as its ``__context__``, a host object the sandbox could read."""
    return run_nested(call(cls, tuple(plain(a) for a in error.args), None))


def translated(errors: tuple[tuple[type, Any], ...], fn: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)``, with a host exception of a class in ``errors`` (pairs of
    host class, sandbox class) raised as the sandbox's class, and no host context."""
    failure = None
    try:
        return fn(*args, **kwargs)
    except tuple(host for host, _ in errors) as error:
        failure = error
    for host, sandbox in errors:
        if isinstance(failure, host):
            args = failure.args
            failure = None
            raise raise_as(sandbox, _Args(*args))
    raise AssertionError("unreachable")


class _Args(Exception):
    """Only the arguments of a host exception (not the exception, nor its traceback)."""
