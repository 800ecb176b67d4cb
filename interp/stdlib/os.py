"""The sandbox's ``os``, written in Python (``lib/os.py``) and run in the sandbox.

Ours rather than CPython's: the sandbox has no host I/O (DESIGN.md invariant 3), and
CPython's ``os`` is built on ``posix``, the host's system calls.  The standard library
imports ``os`` mostly for ``os.path`` (CPython's own ``posixpath``), ``sep``,
``environ`` and ``fspath``; those are here, and file-system calls fail as they would
for a missing file.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("os")
def create() -> Module:
    return source_module("os")
