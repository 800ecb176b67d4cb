"""Start-up wiring across layers.

The runtime cannot import the compiler (layers import only those before them), so
``exec``, ``eval`` and imports of source modules reach it through hooks that are
installed here, once, by the host layer.
"""

from __future__ import annotations

import importlib

from .compiler import hooks
from .runtime import accounting, calls, classes, core_types, generators, links, tracebacks, type_params

_loaded = False

#: The modules whose import registers types, builtins and tables, in load order.  A
#: module that fails to import stops start-up with its own error: swallowing it would
#: show a broken module to sandboxed code as a missing attribute or module instead.
REGISTERING_MODULES = (
    "interp.runtime.builtins",
    "interp.runtime.core_types",
    "interp.runtime.numbers",
    "interp.runtime.containers",
    "interp.runtime.strings",
    "interp.runtime.formatting",
)


def load(stdlib: bool = True) -> None:
    """Register every type table, builtin and hook (idempotent); with ``stdlib`` also
    the sandbox's standard library (:func:`load_stdlib`), which a session otherwise loads
    at the first ``import`` of a program (the command line's start-up is a third shorter
    for a program that imports nothing).  A warm-up before a memory snapshot wants it all."""
    global _loaded
    if not _loaded:
        for name in REGISTERING_MODULES:
            importlib.import_module(name)
        _fill_links()
        _loaded = True
    if stdlib:
        load_stdlib()


def load_stdlib() -> None:
    """Import the sandbox's standard library: its modules register their sandbox modules
    and the types those hand out (idempotent)."""
    importlib.import_module("interp.stdlib")


def _fill_links() -> None:
    """Fill the runtime's late-bound links (``runtime/links.py``), in the order of its
    slots, and refuse to start with one left empty."""
    provided = {
        "call": calls.call,
        "invoke": calls.invoke,
        "make_generator": generators.make_generator,
        "call_type": classes.call_type,
        "call_other": core_types.call_other,
        "prepare_class_value": classes.prepare_class_value,
        "union_or": type_params.union_or,
        "compiler_hook": hooks.compiler_hook,
        "measure_sandbox": accounting.measure_sandbox,
        "add_frame": tracebacks.add_frame,
    }
    for name in links.SLOTS:
        links.fill(name, provided[name])
    empty = links.empty()
    if empty:
        raise RuntimeError(f"late-bound links left empty: {', '.join(empty)}")
