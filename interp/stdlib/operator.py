"""The sandbox's ``operator`` module.

The operator functions are the runtime's own operators wrapped as Builtins: the host
performs them (user dunders run nested, exactly as for ``a + b`` in sandboxed
code), and the ones whose result size the program controls (``mul``, ``pow``,
``lshift``) go through the runtime's capped versions.  ``itemgetter``,
``attrgetter`` and ``methodcaller`` are Python source run in the sandbox
(``lib/operator.py``), so ``attrgetter`` reads attributes through the sandbox's own
look-up (``getattr``), never the host's.
"""

from __future__ import annotations

import operator as _op
from typing import Any

from ..compiler.expressions import subscript
from ..runtime import operators
from ..runtime.modules import Module
from ..runtime.native import Builtin
from . import register
from ._source import source_module

#: Host functions that take values and return a value in bounded time.
_PLAIN = (
    "abs and_ eq ge gt iand imatmul ior "
    "irshift is_ is_not isub itruediv ixor index inv invert le lt matmul ne neg not_ "
    "or_ pos rshift sub truediv truth xor delitem"
).split()

_CAPPED = {
    "mul": operators.mul,
    "imul": operators.imul,
    "pow": lambda a, b: operators.power(a, b),
    "ipow": operators.ipow,
    "lshift": operators.lshift,
    "ilshift": operators.ilshift,
    "getitem": subscript,
    "add": operators.add,
    "iadd": operators.iadd,
    "concat": lambda a, b: operators.add(_sequence(a), b),
    "iconcat": lambda a, b: operators.iadd(_sequence(a), b),
    "setitem": operators.setitem,
    # Long divisions of big ints run in pieces the meter can interrupt.
    "floordiv": operators.floordiv,
    "ifloordiv": operators.ifloordiv,
    "mod": operators.mod,
    "imod": lambda a, b: operators.mod(a, b) if type(a) is int else _op.imod(a, b),
}


def _sequence(a: Any) -> Any:
    # operator.concat refuses what is not a sequence, with CPython's message.
    if not hasattr(type(a), "__getitem__") or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a


def _host_builtins() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _PLAIN:
        out[name] = Builtin(getattr(_op, name), name)
    for name, fn in _CAPPED.items():
        out[name] = Builtin(fn, name)
    # The dunder aliases (operator.__add__ is operator.add).
    for name in list(out):
        dunder = f"__{name.rstrip('_')}__"
        if hasattr(_op, dunder):
            out[dunder] = out[name]
    return out


@register("operator")
def create() -> Module:
    return source_module("operator", _host_builtins())
