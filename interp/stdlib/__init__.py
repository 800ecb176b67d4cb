"""The sandbox's standard library: what ``import`` finds inside the sandbox after the
modules the host granted.

Each sandbox module comes from a factory, ``create()``, that returns a fresh
:class:`~interp.runtime.modules.Module` for every sandbox that imports it (a host
module is never handed over as is); :data:`MODULES` maps importable names to those
factories.  A module is written in one of two ways:

- native: host functions wrapped as Builtins, and runtime types (``math``,
  ``itertools``, ``random``, ``time``, ``sys``; ``_deque`` is ``collections.deque``),
  and the helpers CPython's files need, plain data in and out (``_sre``, ``_string``,
  ``_json``, ``_codecs``, ``errno``);
- in Python, run inside the sandbox: a file under ``lib/`` (laid out like CPython's
  ``Lib/``), loaded by :mod:`._source`, and a host-side module here whose ``create()``
  runs it with the native helpers it needs (``asyncio``, ``_collections``,
  ``dataclasses``).

To add a stdlib module ``name``:

1. write ``interp/stdlib/name.py`` with ``@register("name")`` on its ``create()``.
   For a module written in Python, put its code in ``interp/stdlib/lib/name.py``
   (``lib/name/__init__.py`` for a dotted family) and let ``create()`` return
   ``source_module("name", extra)``; ``extra`` holds the host helpers the file uses,
   which ``lib/ruff.toml`` declares as ``builtins`` so that ruff knows them;
2. add ``"name"`` to :data:`PACKAGE_MODULES` below;
3. add programs that use it to ``tests/test_stdlib_modules.py`` or
   ``tests/conformance/`` (CPython is the oracle: no expected output by hand).

After these, the sandbox's import runs the host CPython's own pure-Python files that
:mod:`.catalog` allow-lists (read at run time, never copied here); the catalog is also
the table of where every importable module comes from (docs/stdlib.md).

The ``lib/`` files ship as package data (``pyproject.toml``): the host never imports
them, and ``web/compile_pyc.mjs`` does not byte-compile them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

MODULES: dict[str, Callable[[], Any]] = {}


def register(name: str) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    def wrap(factory: Callable[[], Any]) -> Callable[[], Any]:
        MODULES[name] = factory
        return factory

    return wrap


#: The modules of this package that register sandbox modules, imported in this order at
#: start-up.  A module that fails to import stops the start-up with its own error:
#: swallowing it would show up in the sandbox as "No module named ...", far from the bug.
PACKAGE_MODULES = (
    "asyncio",
    "_collections",
    "_weakref",
    "_abc",
    "dataclasses",
    "_functools",
    "itertools",
    "math",
    "_operator",
    "_heapq",
    "random",
    "sys",
    "time",
    "types",
    "_sre",
    "_string",
    "_thread",
    "_codecs",
    "os",
    "io",
    "_json",
    "errno",
    "decimal",
    "cmath",
    "_csv",
    "traceback",
    "threading",
    "atexit",
    "signal",
    "shutil",
    "linecache",
    "_contextvars",
    "_struct",
    "binascii",
    "_hashes",
    "unicodedata",
    "platform",
    "zlib",
    "inspect",
    "pdb",
    "_typing",
    "_ast",
    "array",
    "_queue",
    "_tzdata",
)


def _load_modules() -> None:
    """Import :data:`PACKAGE_MODULES` so that their ``@register`` runs."""
    for name in PACKAGE_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        if not any(factory.__module__ == module.__name__ for factory in MODULES.values()):
            raise ImportError(f"{module.__name__} registers no sandbox module (no @register)")


_load_modules()
