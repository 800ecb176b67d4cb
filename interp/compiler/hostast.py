"""The ``ast`` the second tier (:mod:`.hostcode`) builds its trees with.

A tree of host code is built whole, then compiled: the tree and CPython's compile of
it are the second tier's peak of memory, and for a small program the peak of its whole
run (``fib``'s larger tree has 709 nodes).  A node of the host's ``ast`` keeps its
fields and position in a ``__dict__`` of its own: a ``Name`` with its position takes
329 bytes.  Here each concrete node class is a subclass of ``ast``'s of the same name
with ``__slots__`` for its fields and position instead: 105 bytes.  ``compile`` takes
a subclass's instances as its own (it reads their fields by name).

A field is a slot, so one the tree leaves unset is missing, where the host's class
gives an optional one (``end_lineno``, ``Return.value``) a default of None: ``compile``
takes either as no value.  The fields no tree sets (``kind``, ``type_comment``, an
argument's ``annotation``) are left to the host class's default.

Any other name (``expr``, ``stmt``, ``AST``, ``unparse``) is ``ast``'s own.
"""

from __future__ import annotations

import ast
from typing import Any


def _abstract(cls: type) -> bool:
    """Whether ``cls`` is a category of nodes (``expr``, ``stmt``...), not a node."""
    return cls is ast.AST or (cls.__bases__ == (ast.AST,) and not cls._fields)


#: Optional fields no tree of the second tier sets: left to the host class's default
#: (None), as a class attribute, not a slot.  ``compile`` reads every field of a node,
#: and an unset slot raises inside that read where a class attribute is found at once
#: (a first version, whose unset slots fell back to a ``__getattr__`` giving None, cost
#: asyncio_tasks, mostly compiles, 14% more instructions).  The trees set every other
#: field.
_UNSET = frozenset({"kind", "type_comment", "annotation"})


def _slotted(base: type) -> type:
    names = tuple(name for name in (*base._fields, *base._attributes) if name not in _UNSET)
    return type(base.__name__, (base,), {"__slots__": names, "__module__": __name__})


def __getattr__(name: str) -> Any:
    """``ast``'s ``name``, a slotted subclass if it is a node class; made once, on the
    first use (the module has no attribute for it before)."""
    value = getattr(ast, name)
    if isinstance(value, type) and issubclass(value, ast.AST) and not _abstract(value):
        value = _slotted(value)
    globals()[name] = value
    return value


def node_class(cls: type) -> type:
    """The class of this module for the host's node class ``cls`` (any other class,
    this module's or a subclass of one, is its own)."""
    if cls.__module__ != "ast":
        return cls
    made = globals().get(cls.__name__)
    return made if made is not None else __getattr__(cls.__name__)


#: Per node class met by :func:`convert`: the class to make, the fields to copy, and
#: those copied only when set (the ones left to the class's default, see ``_UNSET``).
_COPIES: dict[type, tuple[type, tuple[str, ...], tuple[str, ...]]] = {}


#: One instance of each node class without fields (a context, an operator) for every
#: tree: ``compile`` reads only its class, and CPython's own parser shares them too.
#: They were a third of the nodes of each copy of a call's steps.
_SHARED: dict[type, ast.AST] = {cls: node_class(cls)() for cls in (ast.Load, ast.Store)}
#: The shared ``Load`` and ``Store`` (what the second tier's builder puts in its nodes).
LOAD, STORE = _SHARED[ast.Load], _SHARED[ast.Store]


def convert(value: Any) -> Any:
    """A copy of the ``ast`` tree ``value`` made of this module's classes, without its
    positions (what the second tier copies at every call site: the steps of a call,
    about 130 nodes)."""
    if isinstance(value, ast.AST):
        cls = type(value)
        shared = _SHARED.get(cls)
        if shared is not None:
            return shared
        if not cls._fields and not cls._attributes:
            shared = _SHARED[cls] = node_class(cls)()
            return shared
        copy = _COPIES.get(cls)
        if copy is None:
            fields = tuple(f for f in cls._fields if f not in _UNSET)
            unset = tuple(f for f in cls._fields if f in _UNSET)
            copy = _COPIES[cls] = (node_class(cls), fields, unset)
        made, fields, unset = copy
        kwargs = {field: convert(getattr(value, field, None)) for field in fields}
        for field in unset:
            if getattr(value, field, None) is not None:
                kwargs[field] = convert(getattr(value, field))
        return made(**kwargs)
    if type(value) is list:
        return [convert(item) for item in value]
    return value


def parse(source: str) -> ast.Module:
    """``ast.parse(source)`` made of this module's classes, without positions."""
    return convert(ast.parse(source))
