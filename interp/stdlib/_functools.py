"""The sandbox's ``_functools``: ``reduce`` only, for CPython's own ``functools.py``.

CPython's ``functools.py`` takes ``reduce``, ``partial``, ``cmp_to_key`` and the
``lru_cache`` wrapper from the C ``_functools`` where it can, and defines Python
versions of each otherwise (each import is in its own ``try``).  Here only ``reduce``
is host code: it is the one hot loop, a suspendable Builtin whose callback may pause
the program and which ticks the meter per item.  The others are CPython's Python
versions, run as sandbox code: they call user functions, so as sandbox code they
obey the budgets and can pause like any user code.
"""

from __future__ import annotations

import functools as _host
from typing import Any

from ..runtime.builtins import tick
from ..runtime.calls import call
from ..runtime.generators import END
from ..runtime.iteration import get_iter, next_or_end
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from ..runtime.tracebacks import hide_frames_of
from . import register
from .catalog import display_path

# What CPython's functools runs as C code (its _functools) shows no frame in CPython's
# tracebacks; here it is CPython's Python version, whose frames are left out likewise.
hide_frames_of(
    display_path("functools", False),
    (
        "partial.__new__",
        "_partial_new",  # 3.14's partial.__new__
        "partial.__call__",
        "_lru_cache_wrapper.<locals>.wrapper",
        "_make_key",
        "_HashedSeq.__init__",
        "cmp_to_key.<locals>.K.__lt__",
        "cmp_to_key.<locals>.K.__gt__",
        "cmp_to_key.<locals>.K.__eq__",
        "cmp_to_key.<locals>.K.__le__",
        "cmp_to_key.<locals>.K.__ge__",
    ),
)


def _reduce_text() -> str:
    """The parameters of the host's reduce: ``initial`` takes a keyword from 3.14 on,
    so the host is asked rather than its version."""
    try:
        _host.reduce(max, (), initial=0)
    except TypeError:
        return "function, iterable, initial=NOT_GIVEN, /"
    return "function, iterable, /, initial=NOT_GIVEN"


_REDUCE = Signature("reduce", _reduce_text(), host=_host.reduce)


def _reduce(*args: Any, **kwargs: Any) -> Any:
    """``functools.reduce`` (generator): the callback may pause the program."""
    function, iterable, initial = _REDUCE.unpack(args, kwargs)
    try:
        it = get_iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is NOT_GIVEN:
        value = yield from next_or_end(it)
        if value is END:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    while True:
        item = yield from next_or_end(it)
        if item is END:
            return value
        value = yield from call(function, (value, item), None)
        yield from tick()


@register("_functools")
def create() -> Module:
    """A fresh ``_functools`` for one sandbox."""
    return make_module("_functools", {"reduce": Builtin(_reduce, "reduce", suspends=True)})
