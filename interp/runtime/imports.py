"""``import``: modules come from the sandbox's module loader, never from the host.

The host layer installs a loader (:data:`current_loader`) for the run: it knows the
sandbox-side standard library (:mod:`interp.stdlib`), the modules the host granted,
and modules given as source text.  ``import js``, ``import os`` and every other host
module name simply do not exist.
"""

from __future__ import annotations

from typing import Any

from .attributes import MISSING, load_attr

#: A callable ``loader(name) -> Module`` (a generator function) set by the host layer.
current_loader: Any = None


def _resolve(name: str, globals: dict) -> str:
    level = len(name) - len(name.lstrip("."))
    if not level:
        return name
    package = globals.get("__package__") or ""
    if not package:
        raise ImportError("attempted relative import with no known parent package")
    parts = package.split(".")
    if level - 1 > len(parts) - 1:
        raise ImportError("attempted relative import beyond top-level package")
    base = ".".join(parts[: len(parts) - (level - 1)])
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def import_module(name: str, globals: dict) -> Any:
    """The module ``name`` (generator: loading may run the module's code)."""
    full = _resolve(name, globals)
    if current_loader is None:
        raise ModuleNotFoundError(f"No module named '{full}'")
    return (yield from current_loader(full))


def import_from(module: Any, name: str, globals: dict) -> Any:
    """``from module import name`` (generator): an attribute, or a submodule."""
    try:
        return load_attr(module, name)
    except AttributeError:
        pass
    module_name = getattr(module, "__dict__", {}).get("__name__", "?")
    try:
        return (yield from import_module(f"{module_name}.{name}", globals))
    except ModuleNotFoundError:
        error = ImportError(f"cannot import name '{name}' from '{module_name}'")
        error.name = module_name
        raise error from None


def import_star(module: Any, globals: dict) -> None:
    namespace = module.__dict__
    names = namespace.get("__all__", MISSING)
    if names is MISSING:
        names = [k for k in namespace if not k.startswith("_")]
    for name in names:
        globals[name] = load_attr(module, name)
