"""The sandbox's ``inspect``, written in Python (``lib/inspect.py``).

Ours rather than CPython's: CPython's ``inspect`` imports ``dis``, ``ast``,
``tokenize`` and ``importlib.machinery`` and reads code objects' bytecode.  Doctest and
unittest ask it what kind of object a value is, where it was defined and where its
source is; the sandbox answers from its own values (type samples, ``__code__`` views)
and from ``linecache``, the source this sandbox compiled.  No host object is involved.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("inspect")
def create() -> Module:
    return source_module("inspect")
