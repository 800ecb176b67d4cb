"""The sandbox's ``linecache``: source lines of the code this sandbox compiled.

CPython's ``linecache`` reads files (through ``tokenize`` and ``open``); the sandbox has
no host files, but it keeps the text of every program and standard module it compiled,
which is what ``warnings`` and ``traceback`` ask ``linecache`` for.  The API is in
Python (``lib/linecache.py``) over one native function that returns a copy of those
lines, plain strings.
"""

from __future__ import annotations

from typing import Any

from ..runtime import environment, meter
from ..runtime.modules import Module
from ..runtime.native import Builtin
from . import register
from ._source import source_module


def _source_lines(filename: Any) -> list:
    """The lines of ``filename`` with their line ends, or an empty list."""
    if type(filename) is not str:
        return []
    lines = environment.current.sources.get(filename)
    if lines is None:
        return []
    meter.charge_scan(len(lines), 4)  # the copy costs about its length
    return [line + "\n" for line in lines]


@register("linecache")
def create() -> Module:
    return source_module("linecache", {"_source_lines": Builtin(_source_lines, "_source_lines")})
