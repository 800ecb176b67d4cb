"""The sandbox's ``functools`` module.

Almost everything is Python source run in the sandbox (``lib/functools.py``; see
:mod:`._source`): the decorators and wrappers are ordinary sandbox functions and
classes, so calls through them can pause the program and obey the budgets like user
code.  Only ``reduce`` is host code, a suspendable Builtin: it is the one hot loop here.

Caches (``lru_cache``) key a host dict by the call's arguments, so a user
``__hash__``/``__eq__`` runs nested, as it does for any dict key.
"""

from __future__ import annotations

import functools as _functools
from typing import Any

from ..runtime.builtins import tick
from ..runtime.calls import call
from ..runtime.generators import END
from ..runtime.iteration import get_iter, next_or_end
from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.signatures import NOT_GIVEN, Signature
from . import register
from ._source import source_module


def _reduce_text() -> str:
    """The parameters of the host's reduce: ``initial`` takes a keyword from 3.14 on,
    so the host is asked rather than its version."""
    try:
        _functools.reduce(max, (), initial=0)
    except TypeError:
        return "function, iterable, initial=NOT_GIVEN, /"
    return "function, iterable, /, initial=NOT_GIVEN"


_REDUCE = Signature("reduce", _reduce_text(), host=_functools.reduce)


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


@register("functools")
def create() -> Module:
    extra = {"reduce": Builtin(_reduce, "reduce", suspends=True)}
    return source_module("functools", extra)
