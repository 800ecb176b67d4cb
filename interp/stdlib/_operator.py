"""The sandbox's ``_operator``: the operator functions, for CPython's own ``operator.py``.

CPython's ``operator.py`` defines every function in Python and then replaces them with
the C ``_operator``'s where that module exists; the sandbox runs that file, and this
module plays the C part for the functions that are the runtime's own operators.  Each
is wrapped as a Builtin: the host performs it (a user dunder runs nested, exactly as
for ``a + b`` in sandboxed code), and the ones whose result size the program controls
(``mul``, ``pow``, ``lshift``, ``add`` of sequences, long divisions) go through the
runtime's capped versions.  Why not leave them to the Python fallbacks: ``add`` and
``itemgetter`` sit in the inner loops of ``reduce`` and ``sorted(key=...)``, and a
Builtin call costs a fraction of a sandboxed function call.

``itemgetter``, ``attrgetter``, ``methodcaller``, ``length_hint``, ``call`` and the
other functions that read attributes or iterate are left out on purpose: CPython's
Python versions of them run, so they read attributes through the sandbox's own
look-up and can pause like any sandboxed code.  ``_compare_digest`` (``hmac`` imports
it from here, as in CPython) is :mod:`._hashes`' plain-values comparison.
"""

from __future__ import annotations

import operator as _host
from typing import Any

from ..compiler.expressions import subscript
from ..runtime import operators
from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from . import register
from ._hashes import COMPARE_DIGEST

#: Host functions that take values and return a value in bounded time.
_PLAIN = (
    "abs and_ eq ge gt iand imatmul ior irshift is_ is_not isub itruediv ixor index inv "
    "invert le lt matmul ne neg not_ or_ pos rshift sub truediv truth xor delitem"
).split()


def _sequence(a: Any) -> Any:
    # concat refuses what is not a sequence, with CPython's message.
    if not hasattr(type(a), "__getitem__") or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a


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
    "imod": lambda a, b: operators.mod(a, b) if type(a) is int else _host.imod(a, b),
}


@register("_operator")
def create() -> Module:
    """A fresh ``_operator`` for one sandbox: Builtins only, and the host's docstring
    (``operator.py`` takes its ``__doc__`` from here, as from the C module)."""
    names: dict[str, Any] = {name: Builtin(getattr(_host, name), name) for name in _PLAIN}
    names.update((name, Builtin(fn, name)) for name, fn in _CAPPED.items())
    names["_compare_digest"] = COMPARE_DIGEST  # for hmac: see _hashes
    return make_module("_operator", names, doc=_host.__doc__)
