"""``python -m interp FILE`` and ``python -m interp -c CODE``: run in the sandbox.

Standard output is the program's, exactly as CPython would print it; an uncaught
exception prints a CPython-style traceback on standard error and exits with status
1; ``SystemExit`` exits with its code, as CPython does.

The limit flags (``--timeout``, ``--max-steps``...) come from the fields of
:class:`~interp.runtime.limits.Limits`, one flag each, with its defaults, except
where a limit's ``cli_default`` says otherwise: ``--max-wall`` is 60 s here (a run in a
terminal has no Stop button), while the APIs leave ``max_wall`` off.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from ..runtime import meter
from ..runtime.control import LimitExceeded
from ..runtime.limits import SPECS, Limits, LimitSpec, describe
from ..runtime.nested import run_nested
from . import worker
from .outcome import Outcome
from .session import Session


def cli_defaults() -> Limits:
    """``Limits()`` with the command line's own defaults (``cli_default`` metadata)."""
    return Limits(**{name: spec.cli_default for name, spec in SPECS.items() if spec.cli_default is not None})


def add_limit_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per limit, named by its ``flag`` metadata, with :func:`cli_defaults`."""
    defaults = cli_defaults()
    for name, spec in SPECS.items():
        default = getattr(defaults, name)
        shown = describe(default, spec.unit)
        if spec.unlimited:
            text = f"{spec.help} (default: {shown}; 0: unlimited)"
        else:
            text = f"{spec.help} (default: {shown}; at least 1)"
        parser.add_argument(
            spec.flag,
            dest=name,
            type=_flag_type(spec),
            default=0 if default is None else default,
            metavar=spec.unit.upper(),
            help=text,
        )


def limits_from_flags(args: argparse.Namespace) -> Limits:
    """The :class:`Limits` that the flags of :func:`add_limit_flags` ask for (0: unlimited)."""
    values = {}
    for name, spec in SPECS.items():
        value = getattr(args, name)
        values[name] = None if spec.unlimited and value == 0 else value
    return Limits(**values)


def _flag_type(spec: LimitSpec) -> Callable[[str], float]:
    number: Callable[[str], float] = int if spec.integral else float
    if spec.unlimited:
        return number

    def at_least_one(text: str) -> float:
        value = number(text)
        if value < 1:
            raise argparse.ArgumentTypeError(f"{spec.flag} must be at least 1, not {text}")
        return value

    at_least_one.__name__ = number.__name__  # argparse names the type in its messages
    return at_least_one


def _read_line(prompt: str) -> str | None:
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        return None
    return line[:-1] if line.endswith("\n") else line


def run_source(source: str, filename: str, limits: Limits | None = None) -> int:
    """Run ``source`` as the main program; returns the process exit status."""
    session = Session(write=sys.stdout.write, write_err=sys.stderr.write, read_line=_read_line, limits=limits)
    outcome = _run(session, source, filename)
    sys.stdout.flush()
    if outcome.ok:
        return 0
    if outcome.limit is not None:
        sys.stderr.write(f"interp: {outcome.message} (limit: {outcome.limit})\n")
        return 1
    error = outcome.error
    # type() and the slot's own descriptor: isinstance() and ``.code`` would consult a
    # ``__class__`` or ``__getattribute__`` the program defined, on the host.
    if issubclass(type(error), SystemExit):
        return _exit_status(session, SystemExit.__dict__["code"].__get__(error))
    sys.stderr.write(outcome.traceback or "")
    return 1


def _run(session: Session, source: str, filename: str) -> Outcome:
    """Run ``source`` on the worker thread without an event loop while it asks nothing
    of the host, as most programs never do: the asyncio driver, whose import is about a
    tenth of the command line's start-up, takes the run over at its first request
    (``input()``, ``time.sleep()``, a timer of the sandbox's asyncio) where it stands.
    The meter checks the limits, ``max_wall`` included, as it does under the driver."""
    try:
        started = worker.call(session.start, source, filename)
        if isinstance(started, Outcome):
            return started
        kind, payload = worker.call(session.step, started)
    except KeyboardInterrupt:
        # As when the driver's task is cancelled: the step still on the worker ends at
        # its next budget check.
        session.meter.stop_requested = True
        raise
    if kind == "done":
        return payload
    import asyncio

    from .driver import Driver

    async def finish() -> Outcome:
        return await Driver(session).run(source, filename, started, payload)

    return asyncio.run(finish())


def _exit_status(session: Session, code: Any) -> int:
    """What CPython does with an uncaught ``SystemExit(code)``: an int is the status
    (its low byte; -1 when it does not fit a C long), None is 0, anything else is
    printed with ``str()`` on stderr, then status 1.

    That ``str()`` may be the program's own ``__str__``, run after the end of the run:
    it runs in the session, under the meter's small fixed epilogue budget, and when it
    fails (raises, loops, returns no str) the line is left empty, as CPython leaves it
    when ``str()`` raises.  Its text counts against ``max_output`` like any output.
    """
    if code is None:
        return 0
    if isinstance(code, int):  # bool and int subclasses too, by value: no user code runs
        value = int.__index__(code)
        return (value if -(1 << 63) <= value < 1 << 63 else -1) & 0xFF
    text = worker.call(_exit_text, session, code)
    if isinstance(text, LimitExceeded):
        sys.stderr.write(f"interp: {text.message} (limit: {text.limit})\n")
        return 1
    sys.stderr.write(text + "\n")
    return 1


def _exit_text(session: Session, code: Any) -> str | LimitExceeded:
    """The line to print for ``code`` (on the worker thread, where sandbox code runs),
    or the output limit its text exceeded."""
    saved = session.activate()
    try:
        with session.meter.epilogue():
            return run_nested(_str_of(code))
    except LimitExceeded as limit:
        return limit if limit.limit == "max_output" else ""
    except BaseException:  # noqa: BLE001 - CPython prints nothing for a failing str()
        return ""
    finally:
        session.deactivate(saved)


def _str_of(value: Any) -> Any:
    """``str(value)`` as an exact str, counted as output (a generator for run_nested)."""
    text = str(value)
    if type(text) is not str:  # a str subclass from a __str__: only its characters
        text = str.__str__(text)
    meter.current.add_output(len(text.encode("utf-8", "surrogatepass")))
    return text
    yield  # pragma: no cover - a generator for run_nested


def run_path(path: str, limits: Limits | None = None) -> int:
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
    except OSError as error:
        sys.stderr.write(f"interp: can't open file '{path}': [Errno {error.errno}] {error.strerror}\n")
        return 2
    # CPython names the main script by its absolute path in tracebacks.
    return run_source(source, os.path.abspath(path), limits)
