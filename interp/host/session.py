"""One sandbox's state and the synchronous driver that runs programs in it.

A :class:`Session` owns what persists between runs (globals, builtins, imported
modules, the meter) and runs a program by driving its generator: requests the
program yields (input, sleep, time slices) are answered here; a hard limit ends
the run; an uncaught sandbox exception becomes an :class:`Outcome` with a
CPython-style traceback.  The public ``Sandbox`` API (issue 4) builds on this.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..runtime import imports, meter, tracebacks
from ..runtime.control import InputRequest, LimitExceeded, SleepRequest, TimeSlice
from ..runtime.functions import run_nested

#: Host recursion limit and thread stack for running sandboxed code.  A sandbox call
#: costs a handful of host frames (more through nested dunder calls), and CPython
#: 3.11 recurses in C through ``yield from`` chains; 1000 sandbox frames need far
#: more than the default 8 MB stack and recursion limit of 1000.
HOST_RECURSION_LIMIT = 200_000
THREAD_STACK_SIZE = 512 * 1024 * 1024


@dataclass
class Outcome:
    """How a run ended."""

    ok: bool
    value: Any = None
    error: BaseException | None = None
    error_type: str | None = None
    message: str | None = None
    line: int | None = None
    traceback: str | None = None
    limit: str | None = None
    stats: dict = field(default_factory=dict)


class Session:
    """Globals, builtins and modules of one sandbox."""

    def __init__(
        self,
        *,
        write: Callable[[str], Any] | None = None,
        write_err: Callable[[str], Any] | None = None,
        read_line: Callable[[str], str | None] | None = None,
        max_depth: int = 1000,
        timeout: float | None = None,
        max_steps: int | None = None,
        max_output: int | None = None,
        max_memory: int | None = None,
    ) -> None:
        from .. import bootstrap

        bootstrap.load()
        from ..runtime import builtins as sandbox_builtins

        self.write = write or (lambda text: None)
        self.write_err = write_err or (lambda text: None)
        self.read_line = read_line
        self.meter = meter.Meter(
            max_depth=max_depth,
            timeout=timeout,
            max_steps=max_steps,
            max_output=max_output,
            max_memory=max_memory,
        )
        self.builtins = sandbox_builtins.make_builtins(write=self.write)
        self.globals: dict = {"__name__": "__main__", "__doc__": None, "__builtins__": None}
        self.modules: dict[str, Any] = {}
        self.sources: dict[str, list[str]] = {}

    def _write(self, text: str) -> None:
        self.meter.add_output(len(text.encode("utf-8", "surrogatepass")))
        self.write(text)

    # -- modules -----------------------------------------------------------------
    def load_module(self, name: str) -> Any:
        """The import loader (generator): standard modules of the sandbox only, for now."""
        module = self.modules.get(name)
        if module is not None:
            return module
        from ..stdlib import MODULES

        factory = MODULES.get(name)
        if factory is None:
            error = ModuleNotFoundError(f"No module named '{name}'")
            error.name = name
            raise error
        module = factory()
        self.modules[name] = module
        return module
        yield  # pragma: no cover

    # -- running -------------------------------------------------------------------
    def compile(self, source: str, filename: str, record_result: bool = False) -> Any:
        from ..compiler.compile import compile_module
        from ..syntax.parser import parse

        tree = parse(source, filename)
        self.sources[filename] = source.splitlines()
        return compile_module(
            tree,
            filename=filename,
            source=source,
            globals=self.globals,
            builtins=self.builtins,
            record_result=record_result,
        )

    def run(self, source: str, filename: str = "<string>") -> Outcome:
        """Parse, compile and run ``source`` on a thread with a large stack."""
        result: list[Outcome] = []

        def target() -> None:
            result.append(self._run(source, filename))

        old_size = threading.stack_size()
        threading.stack_size(THREAD_STACK_SIZE)
        try:
            thread = threading.Thread(target=target, name="interp")
            thread.start()
        finally:
            threading.stack_size(old_size)
        thread.join()
        return result[0]

    def _run(self, source: str, filename: str) -> Outcome:
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, HOST_RECURSION_LIMIT))
        previous_meter = meter.activate(self.meter)
        previous_loader = imports.current_loader
        imports.current_loader = self.load_module
        from ..compiler import hooks

        hooks.current_builtins = self.builtins
        self.meter.reset()
        started = time.perf_counter()
        try:
            try:
                program = self.compile(source, filename, record_result=True)
            except SyntaxError as error:
                return self._failure(error, started)
            try:
                self._drive(program.run())
            except LimitExceeded as stop:
                outcome = Outcome(ok=False, error_type=None, message=stop.message, limit=stop.limit)
                outcome.stats = self._stats(started)
                return outcome
            except BaseException as error:  # every sandbox exception lands here
                tracebacks.add_frame(error, _ModuleCode(filename))
                return self._failure(error, started)
            return Outcome(ok=True, value=program.last_value[0], stats=self._stats(started))
        finally:
            imports.current_loader = previous_loader
            meter.activate(previous_meter)
            sys.setrecursionlimit(old_limit)

    def _drive(self, gen: Any) -> Any:
        """The synchronous trampoline: answer requests until the program ends."""
        m = self.meter
        send = gen.send
        answer: Any = None
        while True:
            try:
                request = send(answer)
            except StopIteration as stop:
                return stop.value
            answer = None
            if type(request) is TimeSlice:
                continue
            if type(request) is InputRequest:
                m.pause()
                line = self.read_line(request.prompt) if self.read_line is not None else None
                m.resume()
                answer = line
                continue
            if type(request) is SleepRequest:
                m.pause()
                time.sleep(max(0.0, request.seconds))
                m.resume()
                continue
            send = _thrower(gen, RuntimeError(f"unsupported request {type(request).__name__}"))

    def _stats(self, started: float) -> dict:
        return {
            "steps": self.meter.count_steps(),
            "wall_time": time.perf_counter() - started,
            "compute_time": self.meter.elapsed(),
            "host_calls": self.meter.host_calls,
        }

    def _failure(self, error: BaseException, started: float) -> Outcome:
        text = self.format_exception(error)
        entries = tracebacks.entries(error)
        line = entries[-1][1] if entries else getattr(error, "lineno", None)
        return Outcome(
            ok=False,
            error=error,
            error_type=type(error).__name__,
            message=_safe_str(error),
            line=line,
            traceback=text,
            stats=self._stats(started),
        )

    def format_exception(self, error: BaseException) -> str:
        """The traceback text CPython would print for ``error`` (with its chain)."""
        parts: list[str] = []
        seen: set[int] = set()

        def emit(e: BaseException) -> None:
            seen.add(id(e))
            cause = e.__cause__
            context = e.__context__
            if cause is not None and id(cause) not in seen:
                emit(cause)
                parts.append("\nThe above exception was the direct cause of the following exception:\n\n")
            elif context is not None and not e.__suppress_context__ and id(context) not in seen:
                emit(context)
                parts.append("\nDuring handling of the above exception, another exception occurred:\n\n")
            entries = tracebacks.format_entries(e, self.sources)
            if entries:
                parts.append("Traceback (most recent call last):\n")
                parts.extend(entries)
            parts.append(format_exception_only(e))

        emit(error)
        return "".join(parts)


class _ModuleCode:
    """Stands in for a Code object in the module-level traceback entry."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.name = "<module>"


def _thrower(gen: Any, error: BaseException) -> Callable[[Any], Any]:
    def throw(_: Any) -> Any:
        return gen.throw(error)

    return throw


def _safe_str(error: BaseException) -> str:
    try:
        return run_nested(_str_gen(error))
    except BaseException:
        return "<exception str() failed>"


def _str_gen(error: BaseException) -> Any:
    return str(error)
    yield  # pragma: no cover


def format_exception_only(error: BaseException) -> str:
    """``Type: message`` as CPython's traceback module prints it."""
    if isinstance(error, SyntaxError) and type(error) in (SyntaxError, IndentationError, TabError):
        import traceback

        return "".join(traceback.format_exception_only(type(error), error))
    t = type(error)
    name = t.__qualname__
    module = t.__module__ if t.__module__ not in ("builtins", "__main__") else None
    if module:
        name = f"{module}.{name}"
    message = _safe_str(error)
    line = f"{name}: {message}\n" if message else f"{name}\n"
    notes = error.__dict__.get("__notes__")
    if isinstance(notes, list):
        for note in notes:
            line += f"{note}\n"
    return line
