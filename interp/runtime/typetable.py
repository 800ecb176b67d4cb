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

Every other fact the runtime keeps about a builtin type lives here too, in one
registry per fact, and one :func:`register_type` call per type fills all of them, so a
type's declaration reads in one place.  Its methods are registered one by one with
:func:`method` (which carries the receiver check of CPython's method descriptors),
:func:`data` and :func:`expose`, each visible in review: no table is generated.

This module imports nothing of the runtime but :mod:`.native`, so that every other
module can read the registries.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType
from typing import Any

from .native import Builtin

#: type -> {name: entry}.  Types absent from this dict are user classes (whose
#: namespace is their own ``__dict__``) or types with no visible attributes at all.
TABLES: dict[type, dict[str, Any]] = {}

#: Host class -> the name CPython gives the corresponding type (``Function`` is
#: ``function``); read through :mod:`.typenames`.
VISIBLE_NAMES: dict[type, str] = {}

#: Builtin type -> the callable that ``T(...)`` runs.
CONSTRUCTORS: dict[type, Any] = {}

#: Builtin types a user class may derive from.
SUBCLASSABLE: set[type] = set()

#: Host classes that a builtin type derives from for its layout only (``weakref.ref``
#: under the sandbox's ``ReferenceType``).  They have no table, so look-ups pass over
#: them, and the views of a class's bases (``__mro__``, ``__bases__``, ``__base__``,
#: ``mro()``) leave them out: the sandbox never holds one.  Kept by ``id``: testing a
#: sandbox class for membership must not run its metaclass's ``__eq__``/``__hash__``.
HIDDEN_BASES: dict[int, type] = {}

#: Iterables whose iteration runs no sandboxed code: loops over them use the host.
HOST_ITERABLES: set[type] = set()

#: Host iterator types (what ``iter()`` gives for HOST_ITERABLES and a few more).
#: These are the host's own, handed out by the host types' ``__iter__``; they are
#: listed here once, not declared by a module, since several modules' loops read them
#: at import time (their tables are made by :mod:`.containers` and :mod:`.strings`).
HOST_ITERATORS: set[type] = {type(iter(t())) for t in (list, tuple, str, bytes, bytearray, dict, set)} | {
    type(iter(range(0))),
    type(iter(range(1 << 70))),
    type(iter({}.values())),
    type(iter({}.items())),
    type(reversed([])),
    type(reversed(range(0))),
    type(iter(reversed({}))),
    type(iter(reversed({}.values()))),
    type(iter(reversed({}.items()))),
    type(reversed(())),
    type(iter(b"")),
    type(iter(bytearray())),
    type(iter("\u00e9")),
    type(iter("\U0001f600")),
}

#: Runtime types that implement iteration themselves: type -> generator function
#: ``next(obj)`` returning the next item or END.
RUNTIME_ITERATORS: dict[type, Any] = {}

#: Descriptor types implemented by the runtime (property, classmethod, staticmethod,
#: super...): type -> (get, set or None, delete or None), host functions.
RUNTIME_DESCRIPTORS: dict[type, tuple[Any, Any, Any]] = {}

#: Runtime classes that stand for a CPython type (``Function`` for ``function``):
#: type -> that host type, whose descriptors tell getset from member attributes.
HOST_TYPES: dict[type, type] = {}

#: Builtin types whose instances carry a sandbox-visible namespace (functions,
#: modules): type -> host function (obj, name) returning the value or MISSING.
#: Data attributes of the type's table come first, then this, then the table.
INSTANCE_FALLBACKS: dict[type, Any] = {}

#: Builtin types whose instances accept attribute assignment: type -> host
#: function (obj, name, value) (deletion: value is MISSING).
INSTANCE_SETTERS: dict[type, Any] = {}


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


def register_type(
    t: type,
    *,
    name: str | None = None,
    constructor: Any = None,
    subclassable: bool = False,
    host_iterable: bool = False,
    host_iterators: tuple[type, ...] = (),
    step: Callable[[Any], Any] | None = None,
    descriptor: tuple[Any, Any, Any] | None = None,
    host_type: type | None = None,
    fallback: Callable[[Any, str], Any] | None = None,
    setter: Callable[[Any, str, Any], Any] | None = None,
) -> dict[str, Any]:
    """Declare builtin type ``t`` once, filling every registry; returns its table.

    ``name``: the name sandboxed code sees (VISIBLE_NAMES); ``constructor``: what
    ``t(...)`` runs (CONSTRUCTORS); ``subclassable``: user classes may derive from it;
    ``host_iterable``: its iteration runs no sandboxed code (HOST_ITERABLES);
    ``host_iterators``: the host iterator types it hands out (HOST_ITERATORS);
    ``step``: the generator function that advances it (RUNTIME_ITERATORS);
    ``descriptor``: its ``(get, set, delete)`` (RUNTIME_DESCRIPTORS); ``host_type``: the
    CPython type it stands for (HOST_TYPES); ``fallback``/``setter``: its instances'
    own namespace (INSTANCE_FALLBACKS/INSTANCE_SETTERS).  Its table in TABLES is
    created (empty until methods are registered): ``t`` is a builtin type.
    """
    if name is not None:
        VISIBLE_NAMES[t] = name
    if constructor is not None:
        CONSTRUCTORS[t] = constructor
    if subclassable:
        SUBCLASSABLE.add(t)
    if host_iterable:
        HOST_ITERABLES.add(t)
    HOST_ITERATORS.update(host_iterators)
    if step is not None:
        RUNTIME_ITERATORS[t] = step
    if descriptor is not None:
        RUNTIME_DESCRIPTORS[t] = descriptor
    if host_type is not None:
        HOST_TYPES[t] = host_type
    if fallback is not None:
        INSTANCE_FALLBACKS[t] = fallback
    if setter is not None:
        INSTANCE_SETTERS[t] = setter
    return table(t)


def method(
    t: type, name: str | None = None, *, suspends: bool = False, kind: str = "method"
) -> Callable[[Callable], Callable]:
    """Register the decorated host function as method ``name`` of type ``t``.

    ``kind`` is ``"method"`` (first argument is the instance), ``"classmethod"``
    (first argument is the class it was read from) or ``"static"``.
    ``suspends=True`` marks a generator function that calls sandboxed code with
    ``yield from call(...)``.

    A method checks its receiver: called unbound (``list.sort("abc")``), it refuses
    a receiver of another type before touching it, with the message of CPython's
    method descriptors.  A Python function's name becomes ``name`` so that its own
    argument errors read ``sort() got ...``.
    """

    def register(fn: Callable) -> Callable:
        attr = name or fn.__name__
        if type(fn) is FunctionType:
            fn.__qualname__ = fn.__name__ = attr
        entry = _receiver_checked(t, attr, fn) if kind == "method" and t is not object else fn
        b = Builtin(entry, attr, suspends=suspends, qualname=f"{t.__name__}.{attr}", self_type=t)
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


def descriptor_error(t: type, name: str, obj: Any) -> TypeError:
    """CPython's refusal of a method descriptor called on a receiver of another type."""
    got = VISIBLE_NAMES.get(type(obj), type(obj).__name__)
    return TypeError(f"descriptor '{name}' for '{t.__name__}' objects doesn't apply to a '{got}' object")


def _receiver_checked(t: type, name: str, fn: Callable) -> Callable:
    def checked(*args: Any, **kwargs: Any) -> Any:
        if not args:
            raise TypeError(f"unbound method {t.__name__}.{name}() needs an argument")
        if not issubclass(type(args[0]), t):
            raise descriptor_error(t, name, args[0])
        return fn(*args, **kwargs)

    return checked


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
