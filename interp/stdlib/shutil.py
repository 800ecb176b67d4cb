"""The sandbox's ``shutil``, written in Python (``lib/shutil.py``): the terminal-size
query argparse needs; CPython's file operations need host files the sandbox lacks."""

from __future__ import annotations

from ..runtime.modules import Module
from . import register
from ._source import source_module


@register("shutil")
def create() -> Module:
    return source_module("shutil")
