"""The CPython driver: runs a session's program and answers its requests with asyncio.

The program's steps run on the worker thread (:mod:`interp.host.worker`); this
driver, on the host's event loop, answers what each step asks for:

- a sync capability call (:class:`HostCallRequest`): call it here; if it returns an
  awaitable, await it; the program stays paused meanwhile;
- async capability calls (:class:`StartRequest`): each becomes a host
  ``asyncio.Task`` at once, so that calls gathered in the sandbox run concurrently;
  the sandbox's event loop collects them with :class:`WaitRequest`, which also
  carries its next timer; :class:`CancelRequest` cancels one;
- ``input()`` and ``time.sleep()``: the host's input callback, ``asyncio.sleep``.

Waiting for the host never counts as compute time.  Stop (:meth:`Driver.stop`, safe
from any thread) wakes whatever the driver waits for, throws the ``stopped`` limit
into the program, which unwinds without running its ``finally`` blocks, and cancels
the host operations still in flight.  The ``max_wall`` deadline bounds every wait
but the one for ``input()``: a sleep, a capability or an ``asyncio.wait`` on host
operations that never settle ends there, the same way.  In deterministic mode the
clock is virtual: sleeps and timers advance it without waiting, and a WaitRequest
waits for every started host operation, in start order, before any timer fires.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import TYPE_CHECKING, Any

from ..runtime.control import (
    CancelRequest,
    Completion,
    HostCallRequest,
    HostError,
    InputRequest,
    LimitExceeded,
    SleepRequest,
    StartRequest,
    WaitRequest,
)
from . import worker
from .outcome import Outcome
from .values import ConversionError, sandbox_exception, to_host, to_sandbox

if TYPE_CHECKING:  # the session runs programs with this module: no import at run time
    from .session import Program, Session

#: Seconds of sandbox compute between returns to the driver (to flush output and let
#: a Stop through promptly even when no request comes).
SLICE_SECONDS = 0.05


class _Stopped(Exception):
    """The run was stopped while the driver waited for the host."""


class Driver:
    """Drives one run of one session on the running asyncio loop."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.loop = asyncio.get_running_loop()
        self.stop_event = asyncio.Event()
        #: Started async host operations: handle -> host task (in start order).
        self.operations: dict[int, asyncio.Task] = {}
        #: Handles of operations in the order they finished: when several finished before
        #: the program asked (the host loop was busy, or the program computed), it learns
        #: of them in that order, as a program of CPython's own would.
        self.finished: list[int] = []
        self.next_handle = 1

    # -- control from the host -----------------------------------------------------
    def stop(self) -> None:
        """End the run at once (thread-safe)."""
        self.session.meter.stop_requested = True
        self.loop.call_soon_threadsafe(self.stop_event.set)

    # -- the loop ------------------------------------------------------------------------
    async def run(self, source: str, filename: str, started: Any = None, pending: Any = None) -> Outcome:
        """Run ``source``; or take over ``started``, a run already stepped to its request
        ``pending`` (the command line runs a program without the driver until then)."""
        session = self.session
        if started is None:
            started = await self._on_worker(session.start, source, filename)
        if isinstance(started, Outcome):
            return started
        run: Program = started
        run.yield_slices = True
        session.meter.slice_seconds = SLICE_SECONDS
        answer: Any = None
        error: BaseException | None = None
        try:
            while True:
                if pending is None:
                    kind, payload = await self._on_worker(session.step, run, answer, error)
                else:
                    kind, payload, pending = "request", pending, None
                answer, error = None, None
                if kind == "done":
                    return payload
                if kind == "slice":
                    # Let the host's loop run (in Pyodide: a macrotask turn of the
                    # JavaScript event loop, so that Stop and answers get through).
                    await asyncio.sleep(0)
                    if self.stop_event.is_set():
                        error = LimitExceeded("stopped", "the run was stopped")
                    continue
                try:
                    answer = await self._answer(payload)
                except _Stopped:
                    error = LimitExceeded("stopped", "the run was stopped")
                except LimitExceeded as limit:
                    error = limit
                except _Raise as failure:
                    error = failure.exception
        except asyncio.CancelledError:
            # The host gave up on the run (a timeout around run_async): the step still
            # on the worker must end too, at its next budget check.
            session.meter.stop_requested = True
            raise
        finally:
            for task in self.operations.values():
                task.cancel()
            self.operations.clear()
            self.finished.clear()

    async def _on_worker(self, fn: Any, *args: Any) -> Any:
        return await asyncio.wrap_future(worker.submit(fn, *args))

    async def _answer(self, request: Any) -> Any:
        t = type(request)
        if t is HostCallRequest:
            self.session.meter.count_host_call()
            return await self._call_sync(request)
        if t is StartRequest:
            self.session.meter.count_host_call()
            return self._start(request.operation)
        if t is WaitRequest:
            return await self._wait(request.timeout)
        if t is CancelRequest:
            task = self.operations.pop(request.handle, None)
            if task is not None:
                task.cancel()
            return None
        if t is InputRequest:
            return await self._input(request.prompt)
        if t is SleepRequest:
            await self._sleep(request.seconds)
            return None
        raise _Raise(RuntimeError(f"unsupported request {t.__name__}"))

    # -- host calls --------------------------------------------------------------------
    async def _call_sync(self, request: HostCallRequest) -> Any:
        capability = request.capability
        try:
            args, kwargs = _arguments(request.args, request.kwargs, capability.name)
        except ConversionError as error:
            return HostError(TypeError(str(error)))
        try:
            result = capability.target(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await self._until_stopped(result)
        except (_Stopped, LimitExceeded):
            raise
        except BaseException as error:  # SystemExit from a capability must not end the host
            if isinstance(error, asyncio.CancelledError) and self.stop_event.is_set():
                raise _Stopped from None
            return HostError(sandbox_exception(error))
        return _result(result, capability.name)

    def _start(self, operation: Any) -> Any:
        capability = operation.capability
        try:
            args, kwargs = _arguments(operation.args, operation.kwargs, capability.name)
        except ConversionError as error:
            args, kwargs = None, error

        async def perform() -> Any:
            if args is None:
                raise kwargs
            try:
                result = capability.target(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
            except (SystemExit, KeyboardInterrupt, GeneratorExit) as error:
                # asyncio would re-raise these out of the host's loop.
                raise _HostExit(error) from None
            return result

        handle = self.next_handle
        self.next_handle += 1
        task = self.loop.create_task(perform())
        task.capability_name = capability.name  # type: ignore[attr-defined]
        task.add_done_callback(lambda _, handle=handle: self.finished.append(handle))
        self.operations[handle] = task
        return handle

    async def _wait(self, timeout: float | None) -> Any:
        session = self.session
        deterministic = session.environment.deterministic
        if not self.operations:
            if timeout is None:
                return HostError(RuntimeError("the event loop is waiting, but nothing can wake it up"))
            await self._sleep(timeout)
            return []
        if deterministic:
            await self._until_stopped(asyncio.wait(list(self.operations.values())))
        else:
            await self._until_stopped(
                asyncio.wait(
                    list(self.operations.values()), timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                )
            )
        # The deterministic mode answers in the order the operations started; otherwise
        # in the order they finished.
        order = sorted(self.finished) if deterministic else self.finished
        self.finished = []
        completions = []
        for handle in order:
            task = self.operations.pop(handle, None)
            if task is not None:  # not cancelled since
                completions.append(_completion(handle, task))
        return completions

    async def _input(self, prompt: str) -> Any:
        read_line = self.session.read_line
        if read_line is None:
            return None
        # A person typing is not the program's time: the wait is taken off max_wall.
        meter = self.session.meter
        waited_from = meter.clock()
        try:
            line = read_line(prompt)
            if inspect.isawaitable(line):
                line = await self._until_stopped(line, wall=False)
        except _Stopped:
            raise
        except BaseException as error:
            return HostError(sandbox_exception(error))
        finally:
            meter.wall_excluded += meter.clock() - waited_from
        if line is not None and not isinstance(line, str):
            return HostError(TypeError(f"input() answer must be a string, not '{type(line).__name__}'"))
        return line

    async def _sleep(self, seconds: float) -> None:
        if self.session.environment.deterministic:
            self.session.environment.advance(seconds)
            return
        if seconds > 0:
            await self._until_stopped(asyncio.sleep(seconds))

    async def _until_stopped(self, awaitable: Any, wall: bool = True) -> Any:
        """Await ``awaitable`` unless Stop comes first (then cancel it, raise _Stopped)
        or, when the wait counts as wall time, the ``max_wall`` deadline (then cancel
        it, raise that limit): a host operation that never settles ends with the run."""
        meter = self.session.meter
        remaining = meter.wall_remaining() if wall else None
        if self.stop_event.is_set() or (remaining is not None and remaining <= 0):
            if inspect.iscoroutine(awaitable):
                awaitable.close()
            if self.stop_event.is_set():
                raise _Stopped
            raise meter.wall_limit()
        task = asyncio.ensure_future(awaitable)
        stopper = self.loop.create_task(self.stop_event.wait())
        try:
            await asyncio.wait((task, stopper), timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
        if not task.done():
            task.cancel()
            if self.stop_event.is_set():
                raise _Stopped
            raise meter.wall_limit()
        return task.result()


class _HostExit(Exception):
    """A SystemExit (or the like) raised by an async capability, carried as a plain error."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(*error.args)
        self.error = error


class _Raise(Exception):
    """Answer a request by raising ``exception`` in the sandbox."""

    def __init__(self, exception: BaseException) -> None:
        super().__init__()
        self.exception = exception


def _arguments(args: tuple, kwargs: dict | None, name: str) -> tuple[list, dict]:
    what = f"an argument of '{name}'"
    return [to_host(a, what) for a in args], {k: to_host(v, what) for k, v in (kwargs or {}).items()}


def _result(value: Any, name: str) -> Any:
    try:
        return to_sandbox(value, f"a result of '{name}'")
    except ConversionError as error:
        return HostError(TypeError(str(error)))


def _completion(handle: int, task: asyncio.Task) -> Completion:
    name = getattr(task, "capability_name", "?")
    if task.cancelled():
        return Completion(handle, False, RuntimeError(f"host call '{name}' was cancelled"))
    error = task.exception()
    if error is not None:
        if isinstance(error, ConversionError):
            return Completion(handle, False, TypeError(str(error)))
        if isinstance(error, _HostExit):
            error = error.error
        return Completion(handle, False, sandbox_exception(error))
    try:
        return Completion(handle, True, to_sandbox(task.result(), f"a result of '{name}'"))
    except ConversionError as error:
        return Completion(handle, False, TypeError(str(error)))


async def run_async(session: Session, source: str, filename: str = "<string>") -> Outcome:
    """Run ``source`` in ``session`` on the running event loop."""
    return await Driver(session).run(source, filename)


def run_sync(session: Session, source: str, filename: str = "<string>") -> Outcome:
    """Run ``source`` with a fresh event loop (async capabilities work here too)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run_async(session, source, filename))
    raise RuntimeError("run() cannot be called from a running event loop; use 'await run_async(...)' instead")
