"""What the host grants a sandbox: capabilities as globals, modules to import.

``capabilities`` maps global names to host callables (sync or async) or plain data.
``modules`` maps importable names to either a dict of the same kind or Python
source text, which runs inside the sandbox as that module on first import.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from ..compiler.compile import compile_module
from ..runtime.capabilities import make_capability
from ..runtime.modules import Module
from ..syntax.parser import parse
from .values import to_sandbox

#: Attribute set by :func:`async_capability` on a callable the host wants awaited.
ASYNC_MARK = "__interp_async__"


def async_capability(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Mark ``fn`` (which returns an awaitable) as an async capability: calling it in the
    sandbox returns an awaitable instead of pausing until its answer."""
    try:
        setattr(fn, ASYNC_MARK, True)
        return fn
    except AttributeError:

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return fn(*args, **kwargs)

        setattr(wrapper, ASYNC_MARK, True)
        return wrapper


def is_async(fn: Any) -> bool:
    """True for ``async def`` functions (also behind ``functools.partial``), callables
    whose ``__call__`` is ``async def``, and callables marked with async_capability."""
    if getattr(fn, ASYNC_MARK, False):
        return True
    if inspect.iscoroutinefunction(fn):
        return True
    if inspect.isroutine(fn) or not callable(fn):
        return False
    return inspect.iscoroutinefunction(type(fn).__call__)


def _check_name(name: Any, what: str) -> None:
    if not isinstance(name, str) or not all(part.isidentifier() for part in name.split(".")):
        raise ValueError(f"{what} name must be an identifier, not {name!r}")


def _namespace(entries: dict[str, Any], what: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    for name, value in entries.items():
        _check_name(name, what)
        if callable(value):
            namespace[name] = make_capability(name, value, is_async(value))
        else:
            namespace[name] = to_sandbox(value, f"the value of {what} '{name}'")
    return namespace


def capability_builtins(capabilities: dict[str, Any]) -> dict[str, Any]:
    """Sandbox globals for the granted capabilities."""
    return _namespace(capabilities, "capability")


def module_factories(modules: dict[str, Any]) -> dict[str, Callable[[Any], Any]]:
    """Import loaders (generator functions taking the session) for granted modules."""
    factories: dict[str, Callable[[Any], Any]] = {}
    for name, spec in modules.items():
        _check_name(name, "module")
        if isinstance(spec, str):
            factories[name] = _source_factory(name, spec)
        elif isinstance(spec, dict):
            factories[name] = _dict_factory(name, spec)
        else:
            raise TypeError(f"module '{name}' must be a dict of capabilities or Python source text")
    return factories


def _dict_factory(name: str, entries: dict[str, Any]) -> Callable[[Any], Any]:
    def load(session: Any) -> Any:
        return Module(name, _namespace(entries, f"{name} member"))
        yield  # pragma: no cover

    return load


def _source_factory(name: str, source: str) -> Callable[[Any], Any]:
    def load(session: Any) -> Any:
        filename = f"<{name}>"
        namespace: dict[str, Any] = {"__name__": name, "__doc__": None}
        tree = parse(source, filename)
        session.sources[filename] = source.splitlines()
        program = compile_module(
            tree, filename=filename, source=source, globals=namespace, builtins=session.builtins
        )
        module = Module(name, namespace)
        # Registered before the body runs, as CPython does, so cyclic imports see it.
        session.modules[name] = module
        try:
            yield from program.run()
        except BaseException:
            del session.modules[name]
            raise
        return module

    return load
