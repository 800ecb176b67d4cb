"""Callables implemented by the runtime in host Python: builtins and type methods.

A :class:`Builtin` wraps a host function.  Host functions that call back into
sandboxed code (``sorted(key=...)``, ``map``, ``list.sort``) are *generator*
functions (``suspends=True``): they reach sandboxed callables with
``yield from call(...)`` so that the callback can pause the program like any other
call.  Everything else is a plain function and is called directly.

Sandboxed code sees a Builtin as a ``builtin_function_or_method`` with a
``__name__`` and ``__qualname__``; it never sees the host function inside.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .nested import run_nested


class Builtin:
    """A runtime-implemented callable, visible in the sandbox by name only."""

    __slots__ = (
        "fn",
        "suspends",
        "__name__",
        "__qualname__",
        "doc",
        "__self_type__",
        "module",
        "__weakref__",
    )

    def __init__(
        self,
        fn: Callable[..., Any],
        name: str | None = None,
        *,
        suspends: bool = False,
        qualname: str | None = None,
        doc: str | None = None,
        self_type: type | None = None,
        module: str | None = None,
    ) -> None:
        self.fn = fn
        self.suspends = suspends
        self.__name__ = name or fn.__name__
        self.__qualname__ = qualname or self.__name__
        self.doc = doc
        #: For methods: the type whose table holds this builtin.
        self.__self_type__ = self_type
        #: The ``__module__`` of a native module's function (None: "builtins").
        self.module = module

    def __repr__(self) -> str:
        if self.__self_type__ is not None:
            return f"<method '{self.__name__}' of '{self.__self_type__.__name__}' objects>"
        return f"<built-in function {self.__name__}>"

    # Host machinery only: run to completion (see nested.run_nested).
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.suspends:
            return run_nested(self.fn(*args, **kwargs))
        return self.fn(*args, **kwargs)

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None or self.__self_type__ is None:
            return self
        return BoundBuiltin(self, obj)


class BoundBuiltin:
    """A builtin method bound to its object (``[].append``)."""

    __slots__ = ("builtin", "__self__", "__weakref__")

    def __init__(self, builtin: Builtin, obj: Any) -> None:
        self.builtin = builtin
        self.__self__ = obj

    @property
    def __name__(self) -> str:
        return self.builtin.__name__

    def __repr__(self) -> str:
        owner = type(self.__self__).__name__
        return f"<built-in method {self.builtin.__name__} of {owner} object>"

    def __eq__(self, other: Any) -> bool:
        return (
            type(other) is BoundBuiltin and self.builtin is other.builtin and self.__self__ is other.__self__
        )

    def __hash__(self) -> int:
        return hash((id(self.builtin), id(self.__self__)))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.builtin(self.__self__, *args, **kwargs)


def builtin(name: str | None = None, *, suspends: bool = False) -> Callable[[Callable], Builtin]:
    """Decorator: ``@builtin("len")`` turns a host function into a Builtin."""

    def wrap(fn: Callable) -> Builtin:
        return Builtin(fn, name or fn.__name__, suspends=suspends)

    return wrap
