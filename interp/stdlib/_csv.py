"""The sandbox's ``_csv``, written in Python (``lib/_csv.py``).

CPython's ``csv.py`` is a thin layer over the C ``_csv``, whose reader pulls lines
from an iterator and whose writer calls a file's ``write``: both call back into sandbox
objects, so ours runs as sandbox code, metered like the program, not as a host helper.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("_csv")
def create() -> Module:
    return source_module("_csv")
