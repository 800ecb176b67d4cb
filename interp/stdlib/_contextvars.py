"""The sandbox's ``_contextvars``, written in Python (``lib/_contextvars.py``): CPython's
is C; the sandbox has one thread and one current context."""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("_contextvars")
def create() -> Module:
    return source_module("_contextvars")
