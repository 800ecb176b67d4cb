"""The allow-lists: which attributes sandboxed code may reach on host types.

Every builtin type the sandbox can hold a value of (``int``, ``str``, ``list``, the
exception classes, the runtime's own ``Function``...) has a *table* here mapping
attribute names to entries.  Attribute look-up on a value walks ``type(value).__mro__``
and consults these tables for builtin types and the class namespace for user
classes; a name missing from every table does not exist, whatever the host object
really has.  That is security invariant 2: the runtime never calls
``getattr(host_object, name_from_user)``.

Entries:

- a :class:`~interp.runtime.native.Builtin` with ``self_type`` set: a method, bound
  when read from an instance;
- :class:`DataAttr`: a computed attribute (``complex.real``, ``slice.start``);
- :class:`ClassMethodEntry` / :class:`StaticEntry`: ``dict.fromkeys``,
  ``str.maketrans``;
- :class:`Value`: a constant class attribute.

Modules that implement types register into the tables with the decorators below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .native import Builtin

#: type -> {name: entry}.  Types absent from this dict are user classes (whose
#: namespace is their own ``__dict__``) or types with no visible attributes at all.
TABLES: dict[type, dict[str, Any]] = {}


class DataAttr:
    """A read-only (or settable, with ``setter``) computed attribute of instances."""

    __slots__ = ("getter", "setter", "name")

    def __init__(self, getter: Callable[[Any], Any], setter: Callable[[Any, Any], None] | None = None):
        self.getter = getter
        self.setter = setter


class ClassMethodEntry:
    """A method bound to the class it is read from (``dict.fromkeys``)."""

    __slots__ = ("builtin",)

    def __init__(self, builtin: Builtin) -> None:
        self.builtin = builtin


class StaticEntry:
    """A function returned as is from the type or an instance (``str.maketrans``)."""

    __slots__ = ("builtin",)

    def __init__(self, builtin: Builtin) -> None:
        self.builtin = builtin


class Value:
    """A constant class attribute (``int.__name__`` is handled by ``type``'s table)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def table(t: type) -> dict[str, Any]:
    """The table of ``t``, created empty on first use (registering ``t`` as builtin)."""
    entries = TABLES.get(t)
    if entries is None:
        entries = TABLES[t] = {}
    return entries


def method(
    t: type, name: str | None = None, *, suspends: bool = False, kind: str = "method"
) -> Callable[[Callable], Callable]:
    """Register the decorated host function as method ``name`` of type ``t``.

    ``kind`` is ``"method"`` (first argument is the instance), ``"classmethod"``
    (first argument is the class it was read from) or ``"static"``.
    ``suspends=True`` marks a generator function that calls sandboxed code with
    ``yield from call(...)``.
    """

    def register(fn: Callable) -> Callable:
        attr = name or fn.__name__
        b = Builtin(fn, attr, suspends=suspends, qualname=f"{t.__name__}.{attr}", self_type=t)
        if kind == "method":
            table(t)[attr] = b
        elif kind == "classmethod":
            table(t)[attr] = ClassMethodEntry(b)
        elif kind == "static":
            table(t)[attr] = StaticEntry(b)
        else:
            raise ValueError(kind)
        return fn

    return register


def data(
    t: type, name: str, setter: Callable[[Any, Any], None] | None = None
) -> Callable[[Callable], Callable]:
    """Register the decorated ``getter(obj)`` as data attribute ``name`` of ``t``."""

    def register(getter: Callable) -> Callable:
        table(t)[name] = DataAttr(getter, setter)
        return getter

    return register


def expose(t: type, names: str, *, suspends: bool = False) -> None:
    """Register host methods of ``t`` that are safe to call as they are.

    Only for methods that take and return plain values, never call back into
    sandboxed code, and cannot allocate without bound (``str.upper`` yes;
    ``str.ljust`` no: its width is the caller's, so it needs a cap first).
    """
    entries = table(t)
    for attr in names.split():
        host = t.__dict__[attr]
        entries[attr] = Builtin(host, attr, suspends=suspends, qualname=f"{t.__name__}.{attr}", self_type=t)
