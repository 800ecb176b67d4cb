"""The sandbox's ``array``, written in Python (``lib/array.py``).

CPython's ``array`` is C only.  Ours keeps an array's values in a sandbox list, so the
meter's memory walk counts them as it counts any list, and every value is checked on
the way in by sandbox code; the packing to and from bytes goes through the sandbox's
``_struct`` (plain values in and out).  No new host surface: the module is sandbox code
over modules the sandbox already has.
"""

from __future__ import annotations

from ..runtime.modules import Module
from ..runtime.tracebacks import hide_frames_of
from . import register
from ._source import source_module

# CPython's array is C: a traceback through it shows the caller's line only.
hide_frames_of("<array>")


@register("array")
def create() -> Module:
    """A fresh ``array`` module for one sandbox."""
    return source_module("array")
