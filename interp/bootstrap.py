"""Start-up wiring across layers.

The runtime cannot import the compiler (layers import only those before them), so
``exec``, ``eval`` and imports of source modules reach it through hooks that are
installed here, once, by the host layer.
"""

from __future__ import annotations

_loaded = False


def load() -> None:
    """Register every type table, builtin and hook (idempotent)."""
    global _loaded
    if _loaded:
        return
    from .runtime import builtins as sandbox_builtins
    from .runtime import core_types  # noqa: F401 - registers the core tables

    for name in ("numbers", "containers", "strings", "formatting"):
        try:
            __import__(f"interp.runtime.{name}")
        except ImportError:
            pass
    try:
        import interp.stdlib.math  # noqa: F401
    except ImportError:
        pass
    from .compiler import hooks

    sandbox_builtins.COMPILER_HOOK = hooks.compiler_hook
    _loaded = True
