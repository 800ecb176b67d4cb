"""Sandbox-side standard library modules.

Each module here is written against the runtime and exposes a ``create()`` function
returning a fresh :class:`~interp.runtime.modules.Module`; :data:`MODULES` maps
importable names to those factories.  A host module is never handed over as is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MODULES: dict[str, Callable[[], Any]] = {}


def register(name: str) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    def wrap(factory: Callable[[], Any]) -> Callable[[], Any]:
        MODULES[name] = factory
        return factory

    return wrap


def _load_modules() -> None:
    """Import the modules of this package so that their ``@register`` runs."""
    import importlib

    for name in (
        "abc",
        "asyncio",
        "collections",
        "dataclasses",
        "functools",
        "itertools",
        "operator",
        "random",
        "sys",
        "time",
    ):
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ImportError:  # a module still being written
            pass


_load_modules()
