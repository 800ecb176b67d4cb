"""The sandbox's ``_queue``, written in Python (``lib/_queue.py``): ``Empty`` and
``SimpleQueue`` for CPython's own ``queue.py``, which imports them from here as it does
from its C module (so that the exception shows as ``_queue.Empty``, as in CPython).
No new host surface: sandbox code over the sandbox's deque and clock.
"""

from __future__ import annotations

from ..runtime.modules import Module
from ..runtime.tracebacks import hide_frames_of
from . import register
from ._source import source_module

# CPython's SimpleQueue is C: a traceback through it shows the caller's line only.
hide_frames_of("<_queue>")


@register("_queue")
def create() -> Module:
    """A fresh ``_queue`` module for one sandbox."""
    return source_module("_queue")
