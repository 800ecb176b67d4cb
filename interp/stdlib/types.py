"""The sandbox's ``types`` module, written in Python (``lib/types.py``) and run in the
sandbox.

Ours rather than CPython's: CPython's ``types.py`` finds its type objects through
``__code__``, ``__closure__``, ``tb_frame`` and ``__globals__``, internals the sandbox
does not hand out.  Ours asks the sandbox for the type of a sample value instead, so each
name is the sandbox's own type and nothing of the host's.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("types")
def create() -> Module:
    return source_module("types")
