"""The value bridge: what crosses between host and sandbox, and how.

Values cross *by value* (DESIGN.md, the contract): None, bool, int, float, str,
bytes, and lists, tuples, dicts, sets and frozensets of them, nested.  The
receiver gets fresh containers, so neither side keeps a handle on the other's
mutable state, and no host object other than these primitives reaches the sandbox
(security invariant 1).  Anything else is refused with a ``TypeError`` raised in
the sandbox, whichever direction it was going.

A host exception becomes a *new* sandbox exception of the nearest builtin type
with the host's arguments: the host's exception object, its traceback and its
frames never cross.
"""

from __future__ import annotations

import builtins
from typing import Any

from ..runtime.typenames import visible_type_name

_SCALARS = (type(None), bool, int, float, str, bytes)
#: Host primitive types a subclass instance is narrowed to (a host ``IntEnum`` -> int).
_NARROW = ((bool, bool), (int, int), (float, float), (str, str), (bytes, bytes))


class ConversionError(TypeError):
    """A value that cannot cross the boundary (a TypeError in the sandbox)."""


def to_host(value: Any, what: str = "argument") -> Any:
    """Copy a sandbox value for the host; refuse anything but plain data."""
    return _copy(value, what, "to the host", set(), _sandbox_type_name, strict=True)


def to_sandbox(value: Any, what: str = "result") -> Any:
    """Copy a host value into the sandbox; refuse anything but plain data."""
    return _copy(value, what, "into the sandbox", set(), _host_type_name, strict=False)


def _sandbox_type_name(value: Any) -> str:
    return visible_type_name(value)


def _host_type_name(value: Any) -> str:
    return type(value).__name__


def _copy(value: Any, what: str, direction: str, active: set[int], name: Any, strict: bool) -> Any:
    t = type(value)
    if t in _SCALARS:
        return value
    if t is list or t is tuple or t is set or t is frozenset or t is dict:
        key = id(value)
        if key in active:
            raise ConversionError(f"cannot pass a recursive {t.__name__} {direction}")
        active.add(key)
        try:
            if t is dict:
                return {
                    _copy(k, what, direction, active, name, strict): _copy(
                        v, what, direction, active, name, strict
                    )
                    for k, v in value.items()
                }
            items = [_copy(item, what, direction, active, name, strict) for item in value]
            return items if t is list else t(items)
        finally:
            active.discard(key)
    if not strict:
        # A host value of a subclass of a primitive (an IntEnum, a str subclass) is
        # narrowed to the primitive; the subclass and its methods stay on the host.
        for base, narrow in _NARROW:
            if isinstance(value, base):
                return narrow(value)
        for base in (list, tuple, set, frozenset, dict):
            if isinstance(value, base):
                return _copy(base(value), what, direction, active, name, strict)
    raise ConversionError(f"cannot pass {what} of type '{name(value)}' {direction}")


#: Builtin exception types a host exception may arrive as (the nearest in its MRO).
_EXCEPTION_TYPES = frozenset(
    t
    for t in vars(builtins).values()
    if isinstance(t, type)
    and issubclass(t, Exception)
    and t not in (Exception, StopIteration, StopAsyncIteration, BaseExceptionGroup, ExceptionGroup)
)


def sandbox_exception(error: BaseException) -> BaseException:
    """A fresh sandbox exception for ``error`` raised by host code: the nearest builtin
    type (else RuntimeError) with the host's arguments when they are plain data, else
    its message; never the host object, its traceback or its context."""
    target: type = RuntimeError
    for base in type(error).__mro__:
        if base in _EXCEPTION_TYPES:
            target = base
            break
    try:
        args = to_sandbox(tuple(error.args))
    except ConversionError:
        args = (_message(error),)
    try:
        return target(*args)
    except Exception:
        return target(_message(error))


def _message(error: BaseException) -> str:
    try:
        return str(error)
    except Exception:
        return type(error).__name__
