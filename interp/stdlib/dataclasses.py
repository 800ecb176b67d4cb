"""The sandbox's ``dataclasses`` module, written in Python (``lib/dataclasses.py``) and run
in the sandbox.

A port of the parts of CPython's ``dataclasses`` that programs use.  As in
CPython, ``__init__`` is generated as source text and compiled with ``exec``, so
its signature, defaults and argument errors are those of an ordinary function;
the other methods are closures over the field lists.  Messages that differ
between CPython versions follow the host CPython (the oracle of each run).
"""

from __future__ import annotations

import sys

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("dataclasses")
def create() -> Module:
    # The message for a required field after a defaulted one names both fields
    # from CPython 3.12 on.
    return source_module("dataclasses", {"_NAME_BOTH_FIELDS": sys.version_info >= (3, 12)})
