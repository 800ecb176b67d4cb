"""The sandbox's ``io``, written in Python (``lib/io.py``) and run in the sandbox.

Ours rather than CPython's: CPython's ``io`` is the C ``_io`` (and ``_pyio`` imports
``io`` and ``os`` file descriptors).  The sandbox has no files of the host's, so this is
the in-memory part the library and programs use: ``StringIO``, ``BytesIO`` and the base
classes' names.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("io")
def create() -> Module:
    return source_module("io")
