"""Protocols the compiler emits calls to: formatting, context managers, ``raise`` and
``except``, ``cls[...]``.

Kept apart from :mod:`.operators` because these involve sandbox calls (``__enter__``
and ``__exit__`` may pause the program) or other runtime modules.
"""

from __future__ import annotations

import sys
from typing import Any

from .attributes import MISSING, USER_CLASSES, bind_descriptor, lookup
from .calls import call
from .containers import GenericAlias
from .formatting import format_value  # re-exported: f-strings and format() call it here
from .generators import await_
from .meter import ascii_text
from .native import BoundBuiltin
from .nested import run_nested
from .textsize import check_text
from .typetable import ClassMethodEntry


def convert_for_format(value: Any, conversion: int) -> str:
    """The ``!r``, ``!s`` and ``!a`` conversions of f-strings and ``str.format``."""
    check_text(value)
    if conversion == 114:  # 'r'
        return repr(value)
    if conversion == 115:  # 's'
        return str(value)
    if conversion == 97:  # 'a'
        return ascii_text(value)
    raise ValueError(f"Unknown conversion specifier {chr(conversion)}")


def class_getitem(cls: type, index: Any) -> Any:
    """``cls[index]``: ``__class_getitem__`` (or a metaclass ``__getitem__``)."""
    if cls is type:  # type[int]: CPython special-cases it (type has no __class_getitem__)
        return GenericAlias(cls, index)
    meta = type(cls)
    if meta is not type:
        hook, builtin = lookup(meta, "__getitem__")
        if hook is not MISSING and not builtin:
            return run_nested(call(bind_descriptor(hook, cls, meta), (index,), None))
    hook, builtin = lookup(cls, "__class_getitem__")
    if hook is MISSING:
        raise TypeError(f"type '{cls.__name__}' is not subscriptable")
    if builtin:
        if type(hook) is ClassMethodEntry:
            return hook.builtin.fn(cls, index)
        return hook.fn(cls, index)
    bound = bind_descriptor(hook, None, cls)
    return run_nested(call(bound, (index,), None))


def enter_context(manager: Any, is_async: bool) -> Any:
    """Call ``__enter__`` (or ``__aenter__``) and return ``(exit_call, value)`` (generator).

    ``exit_call(type, value, traceback)`` is a generator returning whether the
    exception is suppressed.
    """
    t = type(manager)
    enter_name, exit_name = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
    enter, enter_builtin = lookup(t, enter_name)
    exit_, exit_builtin = lookup(t, exit_name)
    if enter is MISSING or exit_ is MISSING:
        kind = "asynchronous context manager" if is_async else "context manager"
        if sys.version_info >= (3, 12):
            missing = (
                ""
                if enter is MISSING
                else " (missed __exit__ method)"
                if not is_async
                else " (missed __aexit__ method)"
            )
            raise TypeError(f"'{t.__name__}' object does not support the {kind} protocol{missing}")
        raise TypeError(f"'{t.__name__}' object does not support the {kind} protocol")
    bound_enter = BoundBuiltin(enter, manager) if enter_builtin else bind_descriptor(enter, manager, t)
    bound_exit = BoundBuiltin(exit_, manager) if exit_builtin else bind_descriptor(exit_, manager, t)
    value = yield from call(bound_enter, (), None)
    if is_async:
        value = yield from await_(value)

    def exit_call(exc_type: Any, exc: Any, tb: Any) -> Any:
        result = yield from call(bound_exit, (exc_type, exc, tb), None)
        if is_async:
            result = yield from await_(result)
        return bool(result)

    return exit_call, value


def exception_matches(error: BaseException, expected: Any) -> bool:
    """CPython's ``except`` test: the exception's type is a subclass of the class (or of
    one of the tuple's).  By the types alone, as CPython's is: ``isinstance`` would read
    ``__class__`` through a metaclass of the program's."""
    if type(expected) is tuple:
        for e in expected:
            if not (issubclass(type(e), type) and issubclass(e, BaseException)):
                raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        return issubclass(type(error), expected)
    if not (issubclass(type(expected), type) and issubclass(expected, BaseException)):
        raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    return issubclass(type(error), expected)


def make_exception(value: Any, cause: bool = False) -> Any:
    """The exception instance ``raise value`` raises (generator: classes are instantiated)."""
    if issubclass(type(value), type) and issubclass(value, BaseException):
        instance = yield from call(value, (), None)
        if not isinstance(instance, BaseException):
            raise TypeError(
                f"calling {value!r} should have returned an instance of BaseException, not "
                f"{type(instance).__name__}"
            )
        return instance
    if isinstance(value, BaseException):
        return value
    if cause:
        raise TypeError("exception causes must derive from BaseException")
    raise TypeError("exceptions must derive from BaseException")


__all__ = [
    "convert_for_format",
    "format_value",
    "class_getitem",
    "enter_context",
    "exception_matches",
    "make_exception",
    "USER_CLASSES",
]
