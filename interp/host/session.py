"""One sandbox's state, and the steps that run its programs.

A :class:`Session` owns what persists between runs (globals, builtins, imported
modules, the meter, the environment) and knows how to start a program and advance
it to its next request.  Drivers (:mod:`interp.host.driver` on CPython, the
JavaScript driver in Pyodide) answer the requests; the public :class:`Sandbox`
wraps a session.

Everything that runs sandboxed code happens inside :meth:`Session.step` (or
:meth:`Session.start`), which switches the runtime's per-run globals (meter,
environment, module loader, builtins for ``exec``) to this session's and back, so
that several sessions can take turns on one thread.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from threading import get_ident
from typing import Any

from .. import bootstrap
from ..compiler import hooks
from ..compiler.compile import compile_module
from ..runtime import builtins as sandbox_builtins
from ..runtime import environment, imports, meter, tracebacks
from ..runtime.attributes import load_attr
from ..runtime.calls import call
from ..runtime.control import LimitExceeded, TimeSlice
from ..runtime.generators import Coroutine
from ..runtime.imports import import_module
from ..runtime.limits import Limits
from ..runtime.modules import Module
from ..runtime.nested import run_nested
from ..syntax.parser import parse
from .grants import capability_builtins, module_factories
from .outcome import Outcome

#: Characters of a traceback (and of its message) shown even when the program used up
#: its max_output: the head, with the first frames, and the tail, with the error.
TRACEBACK_FLOOR = 16 * 1024


def _clip(text: str | None, allowance: int) -> str | None:
    """``text`` cut to about ``allowance`` characters: its head and tail, and a note."""
    if text is None or len(text) <= allowance:
        return text
    half = allowance // 2
    cut = len(text) - 2 * half
    return f"{text[:half]}\n[... {cut} characters cut: past the output limit ...]\n{text[-half:]}"


#: ``interp.stdlib``, once a program of the process imported something.
_STDLIB: Any = None
#: filename -> (text, its lines) of the host's standard-library files: split once per
#: process, not once per sandbox (``import functools`` kept 350 KB of lines per sandbox).
#: A tuple, so that no sandbox can change what the others read.
_STDLIB_LINES: dict[str, tuple[str, tuple[str, ...]]] = {}


def _stdlib_lines(filename: str, text: str) -> tuple[str, ...]:
    cached = _STDLIB_LINES.get(filename)
    if cached is None or cached[0] is not text:
        cached = _STDLIB_LINES[filename] = (text, tuple(text.splitlines()))
    return cached[1]


def _stdlib(m: meter.Meter) -> Any:
    """The sandbox's standard library, imported at the first ``import`` of a program in
    the process: a program that imports nothing (the command line's hello world) never
    waits for it.  The host's import is the interpreter's work, not the program's: it is
    left out of the run's compute time."""
    global _STDLIB
    if _STDLIB is None:
        m.pause()
        try:
            from .. import stdlib
            from ..stdlib import catalog  # noqa: F401 - read below as stdlib.catalog
        finally:
            m.resume()
        _STDLIB = stdlib
    return _STDLIB


def _host_depth() -> int:
    """The number of host frames below the caller (the sandbox's step starts above them)."""
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class Session:
    """Globals, builtins, modules and budgets of one sandbox."""

    def __init__(
        self,
        *,
        write: Callable[[str], Any] | None = None,
        write_err: Callable[[str], Any] | None = None,
        read_line: Callable[[str], Any] | None = None,
        limits: Limits | None = None,
        capabilities: dict[str, Any] | None = None,
        modules: dict[str, Any] | None = None,
        deterministic: bool = False,
        seed: Any = None,
        top_level_await: bool = False,
    ) -> None:
        bootstrap.load(stdlib=False)  # the standard library waits for a first import
        self.write = write or (lambda text: None)
        self.write_err = write_err or (lambda text: None)
        #: ``read_line(prompt)`` answers ``input()``: a str, None for end of file, or an
        #: awaitable of one (the driver awaits it).
        self.read_line = read_line
        self.top_level_await = top_level_await
        #: None: every limit off but the depth (:meth:`Limits.unlimited`); the Sandbox
        #: passes its own, whose defaults are safe for a public page.
        self.meter = meter.Meter(limits)
        self.environment = environment.Environment(deterministic=deterministic, seed=seed)
        self.environment.write_out = self._write_output
        self.environment.write_err = self._write_error
        self.environment.unraisable = self._unraisable
        self.builtins = sandbox_builtins.make_builtins(write=self._write_output)
        self.globals: dict = {"__name__": "__main__", "__doc__": None, "__builtins__": None}
        self.globals.update(capability_builtins(capabilities or {}))
        self.module_factories = module_factories(modules or {})
        # ``sys.modules['__main__']``, as in CPython: typing.get_type_hints finds a
        # class's globals through it.
        self.modules: dict[str, Any] = {"__main__": Module("__main__", self.globals)}
        self.sources: dict[str, list[str]] = {}
        self.environment.format_exception = self.format_exception
        self.environment.sources = self.sources
        self.running = False

    # The host's callbacks get exact str only: a str subclass would be the program's
    # object, whose methods the host could run outside the run, unmetered.
    def _write_output(self, text: str) -> None:
        self.write(text if type(text) is str else str.__str__(text))

    def _write_error(self, text: str) -> None:
        self.write_err(text if type(text) is str else str.__str__(text))

    def _unraisable(self, error: BaseException, where: str) -> None:
        """Report an exception raised where nothing can catch it (a ``__del__``), the
        way CPython's default ``sys.unraisablehook`` prints it."""
        text = f"Exception ignored in: {where}\n{self.format_exception(error)}"
        try:
            self.meter.add_output(len(text.encode("utf-8", "surrogatepass")))
        except LimitExceeded:
            return  # recorded by the meter: the run ends at its next check
        self.environment.write_err(text)

    # -- modules -----------------------------------------------------------------
    def load_module(self, name: str) -> Any:
        """The import loader (generator): granted modules first, then the sandbox stdlib."""
        module = self.modules.get(name)
        if module is not None:
            return module
        if name in self.modules:
            # A None entry blocks the import, as in CPython (test.support's helpers).
            error = ModuleNotFoundError(f"import of {name} halted; None in sys.modules")
            error.name = name
            raise error
        granted = self.module_factories.get(name)
        if granted is not None:
            module = yield from granted(self)
            self.modules[name] = module
            return module
        if name == "builtins":
            # A view: the sandbox's own builtins namespace, as a module.
            module = self.modules[name] = Module("builtins", self.builtins)
            return module
        stdlib = _stdlib(self.meter)
        catalog = stdlib.catalog
        parent_name, _, child = name.rpartition(".")
        parent = None
        if parent_name:
            # The package first, as in CPython: its code may register the submodule
            # itself (``os`` registers ``os.path``).
            parent = yield from self.load_module(parent_name)
            module = self.modules.get(name)
            if module is not None:
                return module
        alias = catalog.ALIASES.get(name)
        factory = stdlib.MODULES.get(name)
        if alias is not None:
            # Another name for one of our modules: the same module object, so that
            # isinstance checks against its classes agree under both names.
            module = self.modules[name] = yield from self.load_module(alias)
        elif factory is not None:
            module = factory()
            if name == "sys":
                # sys.modules is a view: this sandbox's own table, holding its modules only.
                module.__dict__["modules"] = self.modules
                main_file = self.globals.get("__file__")
                if type(main_file) is str:  # ``python FILE``: argv[0] names the program
                    module.__dict__["argv"] = [main_file]
            self.modules[name] = module
        elif catalog.cpython_file(name) is not None:
            module = yield from self._load_cpython(name)
        else:
            error = ModuleNotFoundError(f"No module named '{name}'")
            error.name = name
            raise error
        if type(parent) is Module:
            parent.__dict__[child] = module
        return module

    def _load_cpython(self, name: str) -> Any:
        """Run the host CPython's allow-listed file ``name`` (generator)."""

        def register(module: Any, filename: str, text: str) -> None:
            self.modules[name] = module
            self.sources.setdefault(filename, _stdlib_lines(filename, text))

        from ..stdlib import catalog
        from ..stdlib._source import cpython_module

        try:
            module = yield from cpython_module(name, register)
        except BaseException:
            self.modules.pop(name, None)
            raise
        for companion in catalog.IMPORTED_WITH.get(name, ()):
            yield from self.load_module(companion)
        # The module's code may have replaced its own entry, as CPython allows.
        return self.modules.get(name, module)

    # -- running -------------------------------------------------------------------
    def compile(self, source: str, filename: str, record_result: bool = False) -> Any:
        """Parse and compile ``source``. The work reports to the meter as it goes
        (interp/syntax/budget.py), so a time limit or Stop ends a long one. The host's
        cyclic garbage collector is paused meanwhile, as the loader does for modules:
        compiling allocates many closures, and its passes would walk them all again
        and again (they took most of the time of a large program's compile)."""
        paused = gc.isenabled()
        gc.disable()
        try:
            tree = parse(source, filename)
            self.sources[filename] = source.splitlines()
            return compile_module(
                tree,
                filename=filename,
                source=source,
                globals=self.globals,
                builtins=self.builtins,
                record_result=record_result,
                top_level_await=self.top_level_await,
            )
        finally:
            if paused:
                gc.enable()

    def activate(self) -> tuple:
        """Switch the runtime's per-run globals to this session; returns what to restore."""
        saved = (
            meter.activate(self.meter),
            environment.activate(self.environment),
            imports.current_loader,
            hooks.current_builtins,
            sys.getrecursionlimit(),
        )
        imports.current_loader = self.load_module
        hooks.current_builtins = self.builtins
        self.meter.thread = get_ident()
        self.meter.host_base = _host_depth()
        sys.setrecursionlimit(max(meter.host_recursion_limit(self.meter), saved[4]))
        return saved

    @staticmethod
    def deactivate(saved: tuple) -> None:
        meter.activate(saved[0])
        environment.activate(saved[1])
        imports.current_loader = saved[2]
        hooks.current_builtins = saved[3]
        sys.setrecursionlimit(saved[4])

    def start(self, source: str, filename: str) -> Program | Outcome:
        """Compile ``source`` for a new run: a :class:`Program` run, or the failed Outcome."""
        saved = self.activate()
        try:
            self.meter.reset()
            if not (filename.startswith("<") and filename.endswith(">")):
                self.globals["__file__"] = filename  # a program run from a file, as CPython's
            try:
                program = self.compile(source, filename, record_result=True)
            except SyntaxError as error:
                return self._failure(error)
            except LimitExceeded as stop:  # a source too long to read within the limits
                return self._limit_outcome(stop, None)
            return Program(self, program, filename)
        finally:
            self.deactivate(saved)

    def step(self, run: Program, answer: Any = None, error: BaseException | None = None) -> tuple[str, Any]:
        """Advance ``run`` to its next request (runs on the worker thread).

        Returns ``("request", request)``, ``("slice", None)`` when a time slice is due
        and ``run.yield_slices`` is set, or ``("done", outcome)``.
        """
        saved = self.activate()
        m = self.meter
        m.resume()
        if type(error) is LimitExceeded:  # Stop, a host-side limit: recorded as the meter's own
            m.hit(error.limit, error.message)
        gen = run.gen
        try:
            while True:
                try:
                    request = gen.send(answer) if error is None else gen.throw(error)
                except StopIteration:
                    if m.tripped is not None:  # hit in a finaliser, after the last check
                        return "done", self._limit_outcome(m.tripped, run)
                    return "done", Outcome(ok=True, value=run.last_value(), stats=self.stats(run))
                except LimitExceeded as stop:
                    tracebacks.add_frame(stop, _ModuleCode(run.filename))  # error.line: the module's too
                    return "done", self._limit_outcome(stop, run)
                except BaseException as failure:  # every sandbox exception lands here
                    tracebacks.add_frame(failure, _ModuleCode(run.filename))
                    outcome = self._failure(failure, run)
                    self._print_to_program_stderr(outcome)
                    return "done", outcome
                answer = error = None
                if type(request) is TimeSlice:
                    if run.yield_slices:
                        return "slice", None
                    continue
                return "request", request
        finally:
            m.pause()
            self.deactivate(saved)

    def stop(self, run: Program, limit: LimitExceeded) -> Outcome:
        """End ``run`` from outside (Stop, a host-side limit): unwind without running
        ``finally`` blocks, which the compiled code skips for a LimitExceeded."""
        kind, outcome = self.step(run, None, limit)
        if kind != "done":  # the program swallowed it: impossible by construction
            run.gen.close()
            return self._limit_outcome(limit, run)
        return outcome

    # -- outcomes --------------------------------------------------------------------
    def stats(self, run: Program | None = None) -> dict:
        m = self.meter
        return {
            "steps": m.count_steps(),
            "wall_time": time.perf_counter() - run.started if run is not None else 0.0,
            "compute_time": m.elapsed(),
            "host_calls": m.host_calls,
            "peak_memory": m.peak_memory,
        }

    def _limit_outcome(self, stop: LimitExceeded, run: Program | None) -> Outcome:
        entries = tracebacks.entries(stop)
        return Outcome(
            ok=False,
            error_type=None,
            message=stop.message,
            line=entries[-1][1] if entries else None,
            limit=stop.limit,
            stats=self.stats(run),
        )

    def _failure(self, error: BaseException, run: Program | None = None) -> Outcome:
        # The str() of the exception (or of a SystemExit code) may be the program's
        # own __str__, run after its end: under the small fixed epilogue budget.
        # It runs once, as when CPython prints the exception: the message is the one
        # the traceback shows.
        with self.meter.epilogue():
            text, message = tracebacks.describe(error, self.sources)
        entries = tracebacks.entries(error)
        line = entries[-1][1] if entries else _syntax_error_line(error)
        # The traceback is output too: what max_output leaves of it (at least
        # TRACEBACK_FLOOR characters, so that the error itself always shows).
        m = self.meter
        if m.max_output is not None:
            allowance = max(m.max_output - m.output, TRACEBACK_FLOOR)
            text, message = _clip(text, allowance), _clip(message, allowance)
        return Outcome(
            ok=False,
            error=error,
            error_type=tracebacks.exact_type_name(type(error)),
            message=message,
            line=line,
            traceback=text,
            stats=self.stats(run),
        )

    def _print_to_program_stderr(self, outcome: Outcome) -> None:
        """CPython prints an uncaught exception's traceback to ``sys.stderr`` as found at
        the end: where the program replaced it, the text goes there too (through the
        program's ``write``, under the epilogue budget; a failure there is ignored, as
        the interpreter's own printing of it would be).  The host still gets the text
        as the outcome's traceback."""
        env = self.environment
        namespace = env.sys_namespace
        if namespace is None or not outcome.traceback or issubclass(type(outcome.error), SystemExit):
            return
        stream = namespace.get("stderr")
        if stream is None or stream is env.console_err:
            return
        with self.meter.epilogue():
            try:
                run_nested(call(load_attr(stream, "write"), (outcome.traceback,), None))
            except BaseException:  # noqa: BLE001, S110 - CPython ignores a failing stderr here
                pass

    def format_exception(self, error: BaseException) -> str:
        """The traceback text CPython would print for ``error`` (with its chain)."""
        return tracebacks.format_exception(error, self.sources)

    # -- synchronous convenience -------------------------------------------------------
    # The driver is imported on first use: it brings asyncio, a tenth of the command
    # line's start-up, which the command line needs only for a program that waits.
    def run(self, source: str, filename: str = "<string>") -> Outcome:
        """Run ``source`` to the end with the CPython driver (its own event loop)."""
        from .driver import run_sync

        return run_sync(self, source, filename)

    async def run_async(self, source: str, filename: str = "<string>") -> Outcome:
        from .driver import run_async

        return await run_async(self, source, filename)


class Program:
    """One run in progress: the program's generator and what its outcome needs."""

    def __init__(self, session: Session, program: Any, filename: str) -> None:
        self.session = session
        self.program = program
        self.filename = filename
        self.gen = _run_on_event_loop(program) if program.is_coroutine else program.run()
        self.started = time.perf_counter()
        #: Return to the driver at each time slice (to flush output, let the host run).
        self.yield_slices = False

    def last_value(self) -> Any:
        return self.program.last_value[0]

    def __del__(self) -> None:
        # A run dropped before its end (its driver was cancelled, the sandbox
        # discarded) is unwound without running any of its code: closing it would run
        # its ``finally`` blocks wherever the garbage collector happens to be.
        gen = self.gen
        if gen.gi_suspended:
            try:
                gen.throw(LimitExceeded("abandoned", "the run was abandoned"))
            except BaseException:  # noqa: BLE001, S110 - the run is gone either way
                pass


def _run_on_event_loop(program: Any) -> Any:
    """A module that awaits at top level runs as the main task of ``asyncio.run``, as
    in a notebook cell (generator)."""

    class Code:
        kind = "coroutine"
        name = "<module>"
        filename = program.filename

        @staticmethod
        def body(frame: list) -> Any:
            return program.run()

    class ModuleFunction:
        code = Code
        globals = program.globals
        __name__ = __qualname__ = "<module>"

    asyncio = yield from import_module("asyncio", {})
    return (yield from call(load_attr(asyncio, "run"), (Coroutine(ModuleFunction, [None]),), None))


class _ModuleCode:
    """Stands in for a Code object in the module-level traceback entry."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.name = "<module>"


_safe_str = tracebacks.safe_str
format_exception_only = tracebacks.format_exception_only


def _syntax_error_line(error: BaseException) -> int | None:
    """The line of an exception that has no traceback entry (a SyntaxError of the
    compiler), read from its slot: the program's ``__getattribute__`` never runs."""
    if not issubclass(type(error), SyntaxError):
        return None
    line = SyntaxError.__dict__["lineno"].__get__(error)
    return int.__index__(line) if issubclass(type(line), int) else None
