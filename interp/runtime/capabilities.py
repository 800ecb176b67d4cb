"""Capabilities: the host functions a sandbox may call, and the calls in flight.

A capability is the program's only way to reach the outside world.  The sandbox
sees it as a builtin function under the name the host gave it; the host callable
itself stays inside a :class:`Capability` record that no attribute table exposes.

- Calling a *sync* capability yields a :class:`HostCallRequest` to the driver, so
  the program pauses until the host answers, even when the answer is a pending
  Promise or coroutine: the sandbox sees a plain call.
- Calling an *async* capability returns a :class:`HostOperation`, an awaitable.
  Nothing starts until it is awaited (or wrapped in a task), as with a coroutine.
  Awaiting it yields the operation itself to the sandbox's event loop, which asks
  the driver to start it and resumes the task when it settles; that is how several
  host calls gathered together run concurrently on the host.

Arguments travel as sandbox values; the driver converts them by value and answers
with converted results or a :class:`~interp.runtime.control.HostError`.
"""

from __future__ import annotations

from typing import Any

from .control import HostCallRequest, HostError
from .native import Builtin
from .typetable import data, expose, method, register_type


class Capability:
    """What the host granted under ``name``: the callable and whether it is async."""

    __slots__ = ("name", "target", "is_async")

    def __init__(self, name: str, target: Any, is_async: bool) -> None:
        self.name = name
        self.target = target
        self.is_async = is_async

    def __repr__(self) -> str:
        return f"<capability {self.name}>"


class HostOperation:
    """One call of an async capability, awaited at most once (like a coroutine)."""

    __slots__ = ("capability", "args", "kwargs", "awaited")

    def __init__(self, capability: Capability, args: tuple, kwargs: dict | None) -> None:
        self.capability = capability
        self.args = args
        self.kwargs = kwargs or {}
        self.awaited = False

    def __repr__(self) -> str:
        return f"<coroutine object {self.capability.name}>"


def await_operation(operation: HostOperation) -> Any:
    """``await operation`` (generator): hand it to the event loop and wait for its result.

    The loop sends back the converted value, or throws the sandbox exception the
    driver made of the host's failure.
    """
    if operation.awaited:
        raise RuntimeError("cannot reuse already awaited coroutine")
    operation.awaited = True
    return (yield operation)


def make_capability(name: str, target: Any, is_async: bool) -> Builtin:
    """The sandbox-visible builtin for a host callable."""
    capability = Capability(name, target, is_async)
    if is_async:

        def start(*args: Any, **kwargs: Any) -> HostOperation:
            return HostOperation(capability, args, kwargs)

        return Builtin(start, name)

    def call(*args: Any, **kwargs: Any) -> Any:
        answer = yield HostCallRequest(capability, args, kwargs)
        if type(answer) is HostError:
            raise answer.exception
        return answer

    return Builtin(call, name, suspends=True)


def _register_table() -> None:
    HostOperation.__name__ = HostOperation.__qualname__ = "coroutine"
    HostOperation.__module__ = "builtins"
    register_type(HostOperation, name="coroutine")
    data(HostOperation, "__name__")(lambda op: op.capability.name)
    data(HostOperation, "__qualname__")(lambda op: op.capability.name)
    data(HostOperation, "cr_running")(lambda op: False)
    expose(HostOperation, "__repr__")

    @method(HostOperation, "close")
    def close(op: HostOperation) -> None:
        op.awaited = True


_register_table()
