"""The sandbox's ``decimal``: our own Python (``lib/decimal.py``), the same on every host.

Why ours: Pyodide's library ships only the C ``_decimal`` (no ``_pydecimal``), and
exposing the host's C ``Decimal`` as a sandbox value type would share its per-thread
current context between sandboxes and bring host exception classes and a wide method
surface to cap one by one.  The file runs as sandbox code with the program's own
privileges; its arithmetic is Python ints, so the runtime's metered big-int operations
bound every huge precision or exponent (a ``Decimal`` bomb ends at a limit).

The only host value it gets is the pair of precision/exponent bounds of the host's
build (64-bit, or Pyodide's 32-bit WebAssembly), so that ``MAX_PREC`` and friends
read as the local CPython's.
"""

from __future__ import annotations

import sys

from ..runtime.modules import Module
from . import register
from ._source import source_module

#: (MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY) of libmpdec's 64-bit and 32-bit builds.
_BOUNDS_64 = (999999999999999999, 999999999999999999, -999999999999999999, -1999999999999999997)
_BOUNDS_32 = (425000000, 425000000, -425000000, -849999999)


@register("decimal")
def create() -> Module:
    bounds = _BOUNDS_64 if sys.maxsize > 2**32 else _BOUNDS_32
    return source_module("decimal", {"_HOST_BOUNDS": bounds})
