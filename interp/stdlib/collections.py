"""The sandbox's ``collections`` and ``collections.abc`` modules.

Both are Python source run in the sandbox (``lib/collections/``: ``__init__.py``,
``abc.py``, and ``_more.py``, the rarely used classes, compiled into ``collections`` on
first access; see :mod:`._source`), ported from CPython's pure-Python parts:
``defaultdict``, ``Counter`` and ``OrderedDict`` are ``dict`` subclasses, so the host
dict does the storage and hashing at host speed and only the added methods run as
sandbox code.  ``deque`` is host code (see :mod:`._deque`): it sits in the inner loop
of breadth-first searches.  ``namedtuple`` builds ``__new__`` with ``exec`` as CPython
does, so argument errors read the same.

Repr formats that changed between CPython versions (``OrderedDict`` in 3.12)
follow the host CPython, the oracle of each run.
"""

from __future__ import annotations

import sys

from ..runtime.modules import Module
from ..runtime.native import Builtin
from . import register
from ._deque import Deque
from ._source import run_source, source_module


@register("collections.abc")
def create_abc() -> Module:
    return source_module("collections.abc")


@register("collections")
def create() -> Module:
    module = source_module(
        "collections",
        {
            "_REPR_AS_DICT": sys.version_info >= (3, 12),
            "_REPLACE_ERROR": TypeError if sys.version_info >= (3, 13) else ValueError,
            "deque": Deque,
        },
    )
    namespace = module.__dict__

    def load_more() -> None:
        if "ChainMap" not in namespace:
            run_source(namespace, "collections._more", module="collections")

    namespace["_load_more"] = Builtin(load_more, "_load_more")
    return module
