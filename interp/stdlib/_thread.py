"""The sandbox's ``_thread``, written in Python (``lib/_thread.py``).

CPython's pure-Python modules import it for ``get_ident`` (``reprlib``) and locks
(``functools``' caches, ``weakref``).  The sandbox has one thread: identities are a
constant, locks never block, and starting a thread is refused.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("_thread")
def create() -> Module:
    return source_module("_thread")
