"""The sandbox's ``_collections_abc``: the abstract base classes of ``collections.abc``.

CPython's ``collections/abc.py`` (which the sandbox runs) re-exports this module.
CPython's own ``_collections_abc.py`` subclasses ``types.GenericAlias`` for
``Callable[...]``, which the runtime's generic alias does not allow yet, so this module
is still a port of it, in Python run in the sandbox (``lib/_collections_abc.py``).
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("_collections_abc")
def create() -> Module:
    """A fresh ``_collections_abc`` for one sandbox."""
    return source_module("_collections_abc")
