"""The sandbox's ``_collections``: what CPython's ``collections/__init__.py`` takes from
its C half, for the sandbox to run CPython's own file.

``deque`` is host code (:mod:`._deque`): it sits in the inner loop of breadth-first
searches, and CPython has no Python version of it.  ``defaultdict`` has none either and
is ours, in Python run in the sandbox (``lib/_collections.py``), as is ``_tuplegetter``,
a namedtuple's field accessor (one sandboxed call per field read instead of two).  The
rest of the C half (``OrderedDict``, ``_count_elements``, ``_deque_iterator``) is absent:
CPython's file falls back to its own Python versions of them.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._deque import Deque
from ._source import source_module


@register("_collections")
def create() -> Module:
    """A fresh ``_collections`` for one sandbox."""
    return source_module("_collections", {"deque": Deque})
