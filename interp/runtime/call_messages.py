"""The errors of ``*`` and ``**`` unpacking in calls and displays, worded as CPython's.

CPython names the callable in these messages ("f() argument after * must be an
iterable, not int"), and words a ``*`` differently by where it stands: the one
positional argument of a call is handed to the call as it is, and checked there; in a
display, or among other positional arguments, it extends a list first ("Value after *
must be ...").  A learner reads these messages, so the sandbox gives the same ones.

The callable's name is computed only once an error is certain: the happy path of a
call costs one type test more than before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .attributes import MISSING, load_attr, lookup
from .generators import Generator
from .iteration import to_list
from .typenames import visible_type_name
from .typetable import HOST_ITERABLES, HOST_ITERATORS, RUNTIME_ITERATORS

#: Describes the callable of a call for a message, when one is needed (lazily: the
#: name of a method is looked up only then).
Owner = Callable[[], str]


def function_str(fn: Any) -> str:
    """How CPython's call errors name ``fn``: ``module.qualname()``, or ``qualname()``
    for a builtin, or ``str(fn)`` for a callable without a ``__qualname__``."""
    try:
        qualname = load_attr(fn, "__qualname__")
    except AttributeError:
        return str(fn)
    try:
        module = load_attr(fn, "__module__")
    except AttributeError:
        module = None
    if module is None or (type(module) is str and module == "builtins"):
        return f"{qualname}()"
    return f"{module}.{qualname}()"


def build_class_owner() -> str:
    """The callable CPython names for the ``*``/``**`` of a class definition's bases."""
    return "__build_class__()"


def _iterable(value: Any) -> bool:
    """CPython's test before its "after *" message: the type can be iterated at all
    (an ``__iter__``, even None, or a ``__getitem__``).  A failure of the iteration
    itself is reported as it happens."""
    t = type(value)
    if t in HOST_ITERABLES or t in HOST_ITERATORS or t is Generator or t in RUNTIME_ITERATORS:
        return True
    return lookup(t, "__iter__")[0] is not MISSING or lookup(t, "__getitem__")[0] is not MISSING


def star_items(value: Any, owner: Owner | None = None) -> Any:
    """The items of ``*value`` as a list (generator: ``yield from``).  ``owner``: the
    callable whose one positional argument this is; None in a display or among other
    positional arguments."""
    t = type(value)
    if t is tuple or t is list:
        return list(value)
    if not _iterable(value):
        where = "Value" if owner is None else f"{owner()} argument"
        raise TypeError(f"{where} after * must be an iterable, not {visible_type_name(value)}")
    return (yield from to_list(value))
