"""The sandbox's ``_heapq``: the host's C heap functions, for CPython's own ``heapq.py``.

``heapq.py`` defines every function in Python and then takes the C ``_heapq``'s where
that module exists; the sandbox runs that file, and this module gives it the host's.
Without it, an event queue's ``heappush``/``heappop`` ran their sift loops as sandboxed
Python: the scheduler benchmark took 20.5 s under cProfile, 15.2 s with this module.

Each function is wrapped as a Builtin and does what CPython's does, in CPython's order:
it moves items within a list, comparing them with ``<``.  A comparison of the
program's own objects runs their ``__lt__`` nested, exactly as ``list.sort()`` does
(a ``__lt__`` that pauses fails there as in a sort).  The work of one call is bounded
by the list the program already holds: ``heappush`` and ``heappop`` take O(log n)
comparisons, ``heapify`` O(n), as a ``sorted`` of the same list.  Nothing but Builtins
and the host module's ``__about__`` text reaches the sandbox.
"""

from __future__ import annotations

from typing import Any

from ..runtime.modules import Module, make_module
from ..runtime.native import Builtin
from . import register

try:
    import _heapq as _host
except ImportError:  # pragma: no cover - every CPython build has it; then heapq.py's own run
    _host = None


def _functions() -> list[str]:
    """The host module's functions: the five public ones, and the ``_max`` variants
    that ``heapq.py`` imports by name (public in 3.14, private before)."""
    names = []
    for name in sorted(vars(_host)):
        if name.startswith("heap") or (name.startswith("_heap") and name.endswith("_max")):
            names.append(name)
    return names


if _host is not None:
    _NAMES = _functions()

    @register("_heapq")
    def create() -> Module:
        """A fresh ``_heapq`` for one sandbox: Builtins only, and the host's texts."""
        names: dict[str, Any] = {
            name: Builtin(getattr(_host, name), name, module="_heapq") for name in _NAMES
        }
        names["__about__"] = str(_host.__about__)
        return make_module("_heapq", names, doc=_host.__doc__)
