"""Signals between the running program and whatever drives it.

Two kinds of thing travel up a chain of generator closures to the trampoline:

- *Requests* (instances of :class:`Request`) ask the driver for something the
  program cannot do itself: a host capability call, a line of input, a sleep, or a
  chance to hand control back to the host between time slices.  The driver sends
  the answer back down.  Sandbox values are never ``Request`` instances, so a user
  generator's ``yield value`` can be told from a request by type alone.
- *Hard stops* (:class:`LimitExceeded`) end the run.  They derive from
  ``BaseException`` like everything else that can be raised, so every ``except``
  the compiler emits re-raises them first: sandboxed code can neither catch them nor
  run ``finally`` blocks after them.

Statement closures return :data:`BREAK`, :data:`CONTINUE` or :data:`RETURN` (or
``None`` to fall through) instead of raising, because unwinding a host exception
costs about ten times a return.
"""

from __future__ import annotations

from typing import Any

BREAK = 1
CONTINUE = 2
RETURN = 3


class _Unbound:
    """Marks an empty local slot or cell; never visible to sandboxed code."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<unbound>"


UNBOUND: Any = _Unbound()


class Request:
    """Base of everything a program yields to its driver."""

    __slots__ = ()


class TimeSlice(Request):
    """The program has run for a slice; the driver may let other host work run."""

    __slots__ = ()


TIME_SLICE = TimeSlice()


class InputRequest(Request):
    """``input(prompt)``: the driver answers with a line (without its newline) or None for EOF."""

    __slots__ = ("prompt",)

    def __init__(self, prompt: str) -> None:
        self.prompt = prompt


class SleepRequest(Request):
    """``time.sleep(seconds)``: the driver answers once the time has passed."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class HostCallRequest(Request):
    """A call of a host capability; the driver answers with the converted result."""

    __slots__ = ("capability", "args", "kwargs")

    def __init__(self, capability: Any, args: tuple, kwargs: dict) -> None:
        self.capability = capability
        self.args = args
        self.kwargs = kwargs


class StartRequest(Request):
    """Start an *async* host operation without waiting for it; the driver answers with an
    integer handle at once.  The sandbox's event loop (``asyncio``) starts one when a
    task awaits an async capability, so that several run concurrently on the host."""

    __slots__ = ("operation",)

    def __init__(self, operation: Any) -> None:
        self.operation = operation


class WaitRequest(Request):
    """The sandbox's event loop has nothing ready to run: wait until one of the started
    host operations settles or ``timeout`` seconds pass (None: no timer is due).

    The driver answers with a list of :class:`Completion` (empty when the timeout
    passed first).  A driver in deterministic mode waits for every started operation
    and, when there are none, advances the virtual clock by ``timeout`` instead of
    sleeping.
    """

    __slots__ = ("timeout",)

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout


class CancelRequest(Request):
    """Cancel a started host operation (its answer, if one comes, is discarded)."""

    __slots__ = ("handle",)

    def __init__(self, handle: int) -> None:
        self.handle = handle


class Completion:
    """One settled host operation: ``value`` is the converted result when ``ok``, else the
    sandbox exception to raise in the task that awaited it."""

    __slots__ = ("handle", "ok", "value")

    def __init__(self, handle: int, ok: bool, value: Any) -> None:
        self.handle = handle
        self.ok = ok
        self.value = value

    def __repr__(self) -> str:
        return f"<completion {self.handle} {'ok' if self.ok else 'error'}>"


class HostError:
    """Answer to a request that failed on the host: the driver sends one of these and the
    requesting code raises ``exception`` inside the sandbox."""

    __slots__ = ("exception",)

    def __init__(self, exception: BaseException) -> None:
        self.exception = exception


class LimitExceeded(BaseException):
    """A hard limit ended the run (``limit`` names it: a hard field of
    :class:`~interp.runtime.limits.Limits`, such as ``"max_steps"``, or ``"stopped"``)."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit
        self.message = message


class CannotSuspend(RuntimeError):
    """Raised inside the sandbox when code that host machinery runs to completion (a
    ``__hash__`` called by a dict, a ``__lt__`` called by a host sort) tries to pause."""


# Tracebacks name a class by its module: this one is a builtin of the sandbox, not a
# path into the host's package.
CannotSuspend.__module__ = "builtins"
