"""The sandbox's ``pdb``, written in Python (``lib/pdb.py``): the class and functions
that doctest and programs name, refusing to debug.

CPython's ``pdb`` imports ``bdb``, ``cmd``, ``code``, ``dis`` and ``tokenize`` and runs
on ``sys.settrace``, which the sandbox does not have (its ``settrace`` only records the
function).  Doctest builds a ``Pdb`` subclass for every run, so construction works;
starting a debugging session raises ``RuntimeError``.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("pdb")
def create() -> Module:
    return source_module("pdb")
