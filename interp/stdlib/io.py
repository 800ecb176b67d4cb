"""The sandbox's ``io``, written in Python (``lib/io.py``, ``lib/_io_more.py``) and run in
the sandbox.

Ours rather than CPython's: CPython's ``io`` is the C ``_io`` (and ``_pyio`` imports
``io`` and ``os`` file descriptors).  The sandbox has no files of the host's, so this is
the abstract classes, the in-memory streams (``StringIO``, ``BytesIO``), and the
buffered and text layers over any stream a program hands in.  The last two are the
bulk of the code and few programs use them (most of the library imports ``io`` for
``StringIO``): they are compiled into the module's namespace the first time a program
asks for one of their names, as asyncio does with its rarer parts.
"""

from __future__ import annotations

from typing import Any

from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.tracebacks import hide_frames_of
from . import register
from ._source import run_source, source_module

#: The public names lib/_io_more.py defines.
MORE_NAMES = frozenset(
    {"BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair", "TextIOWrapper"}
)

# CPython's io is C code, which tracebacks do not show: ours stays out of them too (both
# files compile under this name, see run_source).
hide_frames_of("<io>")


@register("io")
def create() -> Module:
    namespace: dict[str, Any] = {}
    loaded: list[bool] = []

    def load_more(name: Any = None) -> Any:
        if not loaded:
            loaded.append(True)
            run_source(namespace, "_io_more", module="io")
        if name is None:
            return None
        if type(name) is not str or name not in namespace:
            raise AttributeError(f"module 'io' has no attribute {name!r}")
        return namespace[name]

    module = source_module("io", {"_MORE_NAMES": MORE_NAMES, "_load_more": Builtin(load_more, "_load_more")})
    namespace = module.__dict__
    return module
