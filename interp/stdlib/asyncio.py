"""The sandbox's ``asyncio`` module.

The event loop, futures, tasks, queues and locks are Python source run inside the
sandbox (``lib/asyncio/__init__.py``, and ``lib/asyncio/_more.py`` for the parts
compiled on first use; see :mod:`._source`): sandboxed source is suspendable and obeys
the sandbox's rules by construction, and mirroring CPython's loop structure is what
makes tasks interleave in the same order as under CPython.

The loop reaches the outside world only through the primitives below, host
functions that yield requests to the driver (see :mod:`interp.runtime.control`):

- ``_wait_host(timeout)``: nothing is ready; wait until a started host operation
  settles or ``timeout`` seconds pass (None: no timer pending);
- ``_start_host(operation)`` / ``_cancel_host(handle)``: start or cancel an async
  host operation (what awaiting an async capability yields to the task);
- ``_monotonic()``: the loop's clock (virtual in the deterministic mode).
"""

from __future__ import annotations

import sys
from typing import Any

from ..runtime import environment
from ..runtime.capabilities import HostOperation
from ..runtime.containers import GenericAlias
from ..runtime.control import CancelRequest, HostError, StartRequest, WaitRequest
from ..runtime.functions import BoundMethod, Function
from ..runtime.generators import END, Coroutine, Generator
from ..runtime.modules import Module
from ..runtime.native import Builtin
from ..runtime.tracebacks import hide_frames_of
from ..runtime.typetable import method, register_type
from . import register
from ._deque import Deque
from ._source import run_source, source_module


def _is_number(value: Any) -> bool:
    return type(value) in (int, float) or (isinstance(value, (int, float)) and not isinstance(value, bool))


def _wait_host(timeout: Any = None) -> Any:
    if timeout is not None:
        if not _is_number(timeout):
            raise TypeError("timeout must be a number or None")
        timeout = max(0.0, float(timeout))
    answer = yield WaitRequest(timeout)
    if type(answer) is HostError:
        raise answer.exception
    if not answer:
        return []
    return [(c.handle, c.ok, c.value) for c in answer]


def _start_host(operation: Any) -> Any:
    if type(operation) is not HostOperation:
        raise TypeError("_start_host() needs an async host operation")
    operation.awaited = True
    answer = yield StartRequest(operation)
    if type(answer) is HostError:
        raise answer.exception
    return answer


def _cancel_host(handle: Any) -> Any:
    if type(handle) is not int:
        raise TypeError("_cancel_host() needs an operation handle")
    answer = yield CancelRequest(handle)
    if type(answer) is HostError:
        raise answer.exception
    return None


def _is_host_operation(value: Any) -> bool:
    return type(value) is HostOperation


def _monotonic() -> float:
    return environment.current.monotonic()


def _iscoroutine(value: Any) -> bool:
    return isinstance(value, Coroutine) or type(value) is HostOperation


def _iscoroutinefunction(func: Any) -> bool:
    while type(func) is BoundMethod:
        func = func.__func__
    return type(func) is Function and func.code.kind == "coroutine"


def _coro_location(coro: Any) -> Any:
    if not isinstance(coro, Coroutine):
        return None
    code = coro.code
    filename = getattr(code, "filename", None)
    line = getattr(code, "firstlineno", None)
    if filename is None or line is None:
        return None
    return (filename, line, coro.finished)


def _generic_alias(cls: Any, item: Any) -> Any:
    return GenericAlias(cls, item)


class BareYield(Generator):
    """Awaiting it yields None to the task once (what ``sleep(0)`` awaits: the task
    gives way to the others for one iteration of the loop)."""

    __slots__ = ("yielded",)

    def __init__(self) -> None:
        self.yielded = False
        self.running = False
        self.finished = False
        self.return_value = None
        self.__name__ = self.__qualname__ = "__sleep0"

    def __repr__(self) -> str:
        return "<generator object __sleep0>"

    def resume(self, value: Any = None, error: BaseException | None = None) -> Any:
        if error is not None:
            self.finished = True
            raise error
        if self.yielded:
            self.finished = True
            return END
        self.yielded = True
        return None
        yield  # pragma: no cover - a generator function

    def close(self) -> Any:
        self.finished = True
        return None
        yield  # pragma: no cover

    def __iter__(self) -> BareYield:
        return self


register_type(BareYield, name="generator")
method(BareYield, "__await__")(lambda b: b)
method(BareYield, "__iter__")(lambda b: b)


def _primitives() -> dict[str, Any]:
    return {
        "_bare_yield": Builtin(BareYield, "__sleep0"),
        "_wait_host": Builtin(_wait_host, "_wait_host", suspends=True),
        "_start_host": Builtin(_start_host, "_start_host", suspends=True),
        "_cancel_host": Builtin(_cancel_host, "_cancel_host", suspends=True),
        "_is_host_operation": Builtin(_is_host_operation, "_is_host_operation"),
        "_monotonic": Builtin(_monotonic, "_monotonic"),
        "_iscoroutine": Builtin(_iscoroutine, "_iscoroutine"),
        "_iscoroutinefunction": Builtin(_iscoroutinefunction, "_iscoroutinefunction"),
        "_coro_location": Builtin(_coro_location, "_coro_location"),
        "_GenericAlias": Builtin(_generic_alias, "GenericAlias"),
        "_deque": Deque,
        # CPython 3.14 no longer creates a loop in get_event_loop() when none is set.
        "_IMPLICIT_LOOP": sys.version_info < (3, 14),
        # Up to 3.11, asyncio.create_task(name=...) numbers the task before naming it,
        # and Future.set_exception(StopIteration()) raises TypeError (later: stores a
        # RuntimeError caused by it).
        "_PY311": sys.version_info < (3, 12),
        # 3.14's Runner.run() (so asyncio.run()) also runs awaitables that are not
        # coroutines, and refuses anything else with TypeError (before: ValueError).
        "_PY314": sys.version_info >= (3, 14),
    }


#: The public names defined by lib/asyncio/_more.py: the parts of the module most programs do
#: not use are compiled on first use (``asyncio.Queue``), so that ``import asyncio`` stays
#: cheap. Its private helpers are reached only by code already running in the namespace.
MORE_NAMES = frozenset(
    {
        "QueueEmpty", "QueueFull", "BrokenBarrierError", "shield", "wait_for", "wait",
        "as_completed", "Timeout", "timeout", "timeout_at", "TaskGroup", "Lock", "Event",
        "Condition", "Semaphore", "BoundedSemaphore", "Barrier", "Queue", "PriorityQueue",
        "LifoQueue",
    }
)  # fmt: skip
if sys.version_info >= (3, 14):  # asyncio.QueueShutDown is new in 3.13
    MORE_NAMES |= {"QueueShutDown"}


# The loop, futures and tasks are C code or runtime machinery in CPython, where a traceback
# shows the program's frames around them: ours stay out of tracebacks as well (both files
# compile under this name, see run_source).
hide_frames_of("<asyncio>")


@register("asyncio")
def create() -> Module:
    namespace: dict[str, Any] = {}

    def load_more(name: Any = None) -> Any:
        if "Queue" not in namespace:
            run_source(namespace, "asyncio._more", module="asyncio")
        if name is None:
            return None
        return namespace[name]

    extra = _primitives()
    extra["_MORE_NAMES"] = MORE_NAMES
    extra["_load_more"] = Builtin(load_more, "_load_more")
    module = source_module("asyncio", extra)
    namespace = module.__dict__
    return module
