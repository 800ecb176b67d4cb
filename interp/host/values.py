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

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__

_SCALARS = (type(None), bool, int, float, str, bytes)
#: Host primitive types a subclass instance is narrowed to (a host ``IntEnum`` -> int).
_NARROW = ((bool, bool), (int, int), (float, float), (str, str), (bytes, bytes))


class ConversionError(TypeError):
    """A value that cannot cross the boundary (a TypeError in the sandbox)."""


#: How deep containers may nest to cross the boundary.  The copy itself is iterative,
#: but the receiver is not: the host's own recursion over the copy (``repr``, ``==``,
#: ``json.dumps``, Pyodide's conversion to JavaScript, freeing it in Pyodide) runs on
#: the C or JavaScript stack, and a value nested thousands deep overflows those.
MAX_DEPTH = 500


def to_host(value: Any, what: str = "argument") -> Any:
    """Copy a sandbox value for the host; refuse anything but plain data."""
    return _copy(value, what, "to the host", _sandbox_type_name, strict=True)


def to_sandbox(value: Any, what: str = "result") -> Any:
    """Copy a host value into the sandbox; refuse anything but plain data."""
    return _copy(value, what, "into the sandbox", _host_type_name, strict=False)


def _sandbox_type_name(value: Any) -> str:
    return visible_type_name(value)


def _host_type_name(value: Any) -> str:
    return type(value).__name__


_CONTAINERS = (list, tuple, set, frozenset, dict)


def _copy(value: Any, what: str, direction: str, name: Any, strict: bool) -> Any:
    """Copy ``value`` with an explicit stack, not recursion: a deeply nested value must
    end in a ConversionError, never in a host RecursionError on the caller's thread."""
    leaf, value = _classify(value, what, direction, name, strict)
    if leaf:
        return value
    # Each frame: (id of the original, its type, an iterator over its items -- for a
    # dict, keys and values alternately -- and the copies made so far).
    stack: list[tuple[int, type, Any, list]] = []
    active: set[int] = set()
    _push(stack, active, value, direction)
    while True:
        key, t, items, out = stack[-1]
        for item in items:
            leaf, item = _classify(item, what, direction, name, strict)
            if leaf:
                out.append(item)
                continue
            if len(stack) >= MAX_DEPTH:
                raise ConversionError(f"cannot pass {what} nested more than {MAX_DEPTH} deep {direction}")
            _push(stack, active, item, direction)
            break
        else:
            stack.pop()
            active.discard(key)
            if t is dict:
                done: Any = dict(zip(out[0::2], out[1::2]))
            elif t is list:
                done = out
            else:
                done = t(out)
            if not stack:
                return done
            stack[-1][3].append(done)


def _push(stack: list, active: set[int], value: Any, direction: str) -> None:
    t = type(value)
    key = id(value)
    if key in active:
        raise ConversionError(f"cannot pass a recursive {t.__name__} {direction}")
    active.add(key)
    items = _dict_items(value) if t is dict else iter(value)
    stack.append((key, t, items, []))


def _dict_items(value: dict) -> Any:
    for k, v in value.items():
        yield k
        yield v


def _classify(value: Any, what: str, direction: str, name: Any, strict: bool) -> tuple[bool, Any]:
    """(True, the copy) for a scalar; (False, a plain container to copy item by item)."""
    t = type(value)
    if t in _SCALARS:
        return True, value
    if t in _CONTAINERS:
        return False, value
    if not strict:
        # A host value of a subclass of a primitive (an IntEnum, a str subclass) is
        # narrowed to the primitive; the subclass and its methods stay on the host.
        for base, narrow in _NARROW:
            if isinstance(value, base):
                return True, narrow(value)
        for base in _CONTAINERS:
            if isinstance(value, base):
                return False, base(value)
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
    for base in _mro_of(type(error)):
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
