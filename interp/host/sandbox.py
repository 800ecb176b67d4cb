"""The public Python API: :class:`Sandbox`, :class:`Limits` and the :class:`Result` of a run.

A sandbox keeps its globals from one run to the next, like notebook cells; a new
sandbox starts empty.  One run at a time per sandbox.  See ``docs/python-api.md``
for the whole contract.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..runtime.limits import Limits  # declared with the meter; public here as interp.Limits
from ..runtime.nested import run_nested
from ..runtime.tracebacks import exact_type_name
from .driver import Driver
from .outcome import exact_str
from .session import Outcome, Session
from .values import ConversionError, to_host
from .worker import call


@dataclass
class Error:
    """Why a run failed: a sandbox exception, or a limit (``limit`` names it)."""

    type: str | None
    message: str
    line: int | None
    traceback: str
    limit: str | None = None


@dataclass
class Result:
    """What a run produced."""

    ok: bool
    stdout: str
    stderr: str
    #: The value of the program's last expression statement (by value, else its repr).
    result: Any = None
    error: Error | None = None
    stats: dict = field(default_factory=dict)
    #: ``repr()`` of that value, computed in the sandbox (what a REPL shows); None for None.
    result_repr: str | None = None

    def to_dict(self) -> dict:
        """Plain data (for JSON)."""
        return asdict(self)


class Sandbox:
    """A sandbox: capabilities, modules and limits, and the globals its runs share.

    ``capabilities`` maps global names to host callables (``async def`` ones are
    awaitable in the sandbox; other callables pause the program until they answer,
    even with an awaitable) or plain data.  ``modules`` maps importable names to a
    dict of the same kind or to Python source run in the sandbox on first import.
    ``stdout(text)`` and ``stderr(text)`` receive output as it is produced (on the
    driver's thread).  ``stdin`` answers ``input()``: text (consumed a line at a
    time), a callable ``stdin(prompt) -> str | None`` (None means end of file; it may
    return an awaitable), or None (``input()`` raises EOFError).  ``deterministic``
    gives a virtual clock and a seeded ``random`` (``seed``, default 0).
    """

    def __init__(
        self,
        capabilities: dict[str, Any] | None = None,
        modules: dict[str, Any] | None = None,
        limits: Limits | None = None,
        stdout: Callable[[str], Any] | None = None,
        stderr: Callable[[str], Any] | None = None,
        stdin: str | Callable[[str], Any] | None = None,
        *,
        deterministic: bool = False,
        seed: Any = None,
    ) -> None:
        self.limits = limits or Limits()
        self._stdout_callback = stdout
        self._stderr_callback = stderr
        self._stdout = _Text()
        self._stderr = _Text()
        self._stdin = stdin
        self._lines: Iterable[str] | None = None
        self._lock = threading.Lock()
        self._driver: Driver | None = None
        self._stop_pending = False
        self._closed = False
        self._session = Session(
            write=self._write,
            write_err=self._write_err,
            read_line=self._read_line,
            limits=self.limits,
            capabilities=capabilities,
            modules=modules,
            deterministic=deterministic,
            seed=seed,
            top_level_await=True,
        )

    # -- running ---------------------------------------------------------------------
    def run(self, source: str, filename: str = "<main>") -> Result:
        """Run ``source`` to its end with a private event loop (async capabilities work).

        Called inside a running event loop it raises RuntimeError: use run_async().
        """
        self._begin()
        try:
            outcome = run_sync_with(self, source, filename)
        finally:
            self._end()
        return self._result(outcome)

    async def run_async(self, source: str, filename: str = "<main>") -> Result:
        """Run ``source`` on the running event loop; async capabilities run concurrently
        with each other and with the host's other tasks."""
        self._begin()
        try:
            driver = Driver(self._session)
            self._driver = driver
            if self._stop_pending:
                driver.stop()
            outcome = await driver.run(source, filename)
        finally:
            self._end()
        return self._result(outcome)

    def stop(self) -> None:
        """End the current run at once (safe from any thread); its pending host calls are
        cancelled and it fails with ``error.limit == "stopped"``."""
        driver = self._driver
        if driver is not None:
            driver.stop()
        else:
            self._stop_pending = self._lock.locked()

    def close(self) -> None:
        """Drop what the sandbox holds (its globals and modules), now; it cannot run again.

        Without it they go when the host's garbage collector gets to the cycles among
        them, at some later moment, maybe during another sandbox's run. Freeing a value
        recurses in C as deep as the value is nested, which in Pyodide can overflow the
        browser's stack: done here, such a crash belongs to the sandbox being closed."""
        if not self._lock.acquire(blocking=False):
            raise RuntimeError("this sandbox is running a program; stop it first")
        self._closed = True
        self._lock.release()
        session = self._session
        session.globals.clear()
        session.modules.clear()

    @property
    def globals(self) -> dict[str, Any]:
        """The sandbox's global variables that can be copied out by value."""
        out: dict[str, Any] = {}
        for name, value in list(self._session.globals.items()):
            # Exact str keys only: ``globals()[1] = 2`` and str subclasses (whose methods
            # are sandbox code) are not names the host can use.
            if type(name) is not str or name.startswith("__"):
                continue
            try:
                out[name] = to_host(value)
            except (ConversionError, RecursionError, MemoryError):
                continue
        return out

    # -- internals ---------------------------------------------------------------------
    def _begin(self) -> None:
        if self._closed:
            raise RuntimeError("this sandbox is closed")
        if not self._lock.acquire(blocking=False):
            raise RuntimeError("this sandbox is already running a program; one run at a time")
        self._stdout = _Text()
        self._stderr = _Text()
        self._stop_pending = False

    def _end(self) -> None:
        self._driver = None
        self._lock.release()

    def _write(self, text: str) -> None:
        self._stdout.write(text)
        if self._stdout_callback is not None:
            self._stdout_callback(text)

    def _write_err(self, text: str) -> None:
        self._stderr.write(text)
        if self._stderr_callback is not None:
            self._stderr_callback(text)

    def _read_line(self, prompt: str) -> Any:
        stdin = self._stdin
        if stdin is None:
            return None
        if isinstance(stdin, str):
            if self._lines is None:
                self._lines = iter(stdin.splitlines())
            return next(self._lines, None)  # type: ignore[call-overload]
        return stdin(prompt)

    def _result(self, outcome: Outcome) -> Result:
        stdout = self._stdout.getvalue()
        written = self._stderr.getvalue()
        self._stdout = _Text()
        self._stderr = _Text()
        if outcome.ok:
            value, text = _by_value(self._session, outcome.value)
            return Result(True, stdout, written, result=value, stats=outcome.stats, result_repr=text)
        if outcome.limit is not None:
            message = outcome.message or ""
            error = Error("LimitExceeded", message, outcome.line, "", limit=outcome.limit)
            stderr = f"interp: {message} (limit: {outcome.limit})\n"
        else:
            error = Error(
                outcome.error_type,
                outcome.message or "",
                outcome.line,
                outcome.traceback or "",
            )
            stderr = outcome.traceback or ""
        if stderr and self._stderr_callback is not None:
            self._stderr_callback(stderr)
        return Result(False, stdout, written + stderr, error=error, stats=outcome.stats)


def run_sync_with(sandbox: Sandbox, source: str, filename: str) -> Outcome:
    """The sync driver, keeping the driver reachable for Stop from another thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError(
            "Sandbox.run() cannot be called from a running event loop; use 'await sandbox.run_async(...)'"
        )

    async def main() -> Outcome:
        driver = Driver(sandbox._session)
        sandbox._driver = driver
        if sandbox._stop_pending:
            driver.stop()
        return await driver.run(source, filename)

    return asyncio.run(main())


def _by_value(session: Session, value: Any) -> tuple[Any, str | None]:
    """The program's last value as plain data (else its sandbox ``repr()``), and that repr."""
    if value is None:
        return None, None

    def sandbox_repr() -> str:
        saved = session.activate()
        try:
            # The program's own __repr__, after its end: under the epilogue budget.
            with session.meter.epilogue():
                return run_nested(_repr_gen(value))
        except BaseException:
            return f"<{exact_type_name(type(value))} object>"
        finally:
            session.deactivate(saved)

    text = call(sandbox_repr)
    try:
        return to_host(value), text
    except ConversionError:
        return text, text


def _repr_gen(value: Any) -> Any:
    # An exact str: a subclass would be the program's object in the Result, whose
    # methods the host would run later (``to_dict`` copies it), unmetered.
    return exact_str(repr(value))
    yield  # pragma: no cover


class _Text:
    """What one stream of a run wrote, for its :class:`Result`.

    Not a list of the pieces: a program's many small writes would cost the host a
    str object each (about 50 bytes, for a piece of a few), many times the output
    limit.  Nor ``io.StringIO``, which on CPython 3.11 keeps up to 100 000 pieces
    before it joins them: every PIECES pieces become one chunk.
    """

    PIECES = 256

    __slots__ = ("chunks", "pending")

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pending: list[str] = []

    def write(self, text: str) -> None:
        pending = self.pending
        pending.append(text)
        if len(pending) >= self.PIECES:
            self.chunks.append("".join(pending))
            pending.clear()

    def getvalue(self) -> str:
        return "".join(self.chunks) + "".join(self.pending)
