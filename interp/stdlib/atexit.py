"""The sandbox's ``atexit``, written in Python (``lib/atexit.py``): see that file for why
it is ours and what it does in a sandbox with one thread and no process of its own."""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("atexit")
def create() -> Module:
    return source_module("atexit")
