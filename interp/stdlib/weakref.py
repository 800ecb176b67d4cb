"""The sandbox's ``weakref``, written in Python (``lib/weakref.py``).

Ours: the runtime has no weak references (sandbox objects are host objects whose
collection the sandbox cannot observe), and CPython's ``weakref.py`` is built on the C
``_weakref``.  ``copy`` and other library code import it for ``weakref.ref`` as a type
to dispatch on; references here keep their object alive (docs/DEVIATIONS.md).
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("weakref")
def create() -> Module:
    return source_module("weakref")
