"""The sandbox's ``threading``, written in Python (``lib/threading.py``): see that file for why
it is ours and what it does in a sandbox with one thread and no process of its own."""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("threading")
def create() -> Module:
    return source_module("threading")
