"""interp: a sandboxed Python interpreter written in pure Python.

The layers are subpackages, each importing only those before it:
``syntax`` (parser), ``runtime`` (object model), ``compiler`` (AST to closures),
``stdlib`` (sandbox-side modules) and ``host`` (the public API).
"""

__version__ = "0.1.0"

from typing import Any

__all__ = ["Error", "Limits", "Result", "Sandbox", "async_capability"]


def __getattr__(name: str) -> Any:
    # The host layer pulls in the whole interpreter; import it on first use so that
    # ``import interp.syntax`` alone stays light.
    if name == "Limits":
        from .runtime.limits import Limits

        return Limits
    if name in ("Sandbox", "Result", "Error"):
        from .host import sandbox

        return getattr(sandbox, name)
    if name == "async_capability":
        from .host.grants import async_capability

        return async_capability
    raise AttributeError(f"module 'interp' has no attribute '{name}'")
