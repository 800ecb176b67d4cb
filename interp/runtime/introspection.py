"""``dir()``: the names sandboxed code can see on a value, from the tables and namespaces."""

from __future__ import annotations

from typing import Any

from . import attributes
from .attributes import INSTANCE_FALLBACKS, TABLES, USER_CLASSES, traceback_state

#: ``cls.__mro__`` read from the type itself: a metaclass's ``__getattribute__`` cannot
#: answer it (nor run, when host code walks a program's class).
_mro_of = type.__dict__["__mro__"].__get__
#: A class's own namespace, read from the type itself (as ``_mro_of``).
_dict_of = type.__dict__["__dict__"].__get__


def _type_names(t: type) -> set[str]:
    names: set[str] = set()
    for k in _mro_of(t):
        entries = TABLES.get(k)
        if entries is not None:
            names.update(entries)
        elif id(k) in USER_CLASSES:
            names.update(
                key
                for key, value in _dict_of(k).items()
                if key != "__weakref__" and value is not attributes.HIDDEN_FINALISER
            )
    return names


def dir_of(obj: Any) -> list[str]:
    """The sorted attribute names of ``obj`` as sandboxed code sees them."""
    names: set[str] = set()
    if isinstance(obj, type):
        names |= _type_names(obj)
        names |= _type_names(type(obj)) & {"__name__", "__qualname__", "__module__", "__doc__", "__dict__"}
    else:
        t = type(obj)
        names |= _type_names(t)
        if id(t) in USER_CLASSES:
            try:
                names.update(
                    k
                    for k in object.__getattribute__(obj, "__dict__")
                    if type(k) is not str or not traceback_state(t, k)
                )
            except AttributeError:
                pass
        elif t in INSTANCE_FALLBACKS:
            d = getattr(obj, "__dict__", None)
            if isinstance(d, dict):
                names.update(k for k in d if isinstance(k, str) and not k.startswith("_interp"))
    return sorted(n for n in names if isinstance(n, str))
