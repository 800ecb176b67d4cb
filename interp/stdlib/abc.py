"""The sandbox's ``abc`` module, written in Python (``lib/abc.py``) and run in the sandbox.

It follows CPython's pure-Python ``_py_abc``.  Instantiation of a class with
abstract methods is refused by the host's own ``object.__new__``: setting
``__abstractmethods__`` on a class sets CPython's "is abstract" flag, so the error
message is exactly the host CPython's (it changed in 3.12).  The registries are
plain sets, not weak sets: sandbox classes live as long as the sandbox anyway.
"""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("abc")
def create() -> Module:
    return source_module("abc")
