"""``python -m interp FILE`` and ``python -m interp -c CODE``: run in the sandbox.

Standard output is the program's, exactly as CPython would print it; an uncaught
exception prints a CPython-style traceback on standard error and exits with status
1; ``SystemExit`` exits with its code, as CPython does.

The limit flags (``--timeout``, ``--max-steps``...) come from the fields of
:class:`~interp.runtime.limits.Limits`, one flag each, with its defaults.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from ..runtime.limits import SPECS, Limits, LimitSpec, describe
from .session import Session


def add_limit_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per limit, named by its ``flag`` metadata; the defaults are ``Limits()``'s."""
    defaults = Limits()
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
    outcome = session.run(source, filename)
    sys.stdout.flush()
    if outcome.ok:
        return 0
    if outcome.limit is not None:
        sys.stderr.write(f"interp: {outcome.message} (limit: {outcome.limit})\n")
        return 1
    error = outcome.error
    if isinstance(error, SystemExit):
        code = error.code
        if code is None:
            return 0
        if isinstance(code, int) and not isinstance(code, bool):
            return code & 0xFF
        sys.stderr.write(f"{code}\n")
        return 1
    sys.stderr.write(outcome.traceback or "")
    return 1


def run_path(path: str, limits: Limits | None = None) -> int:
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
    except OSError as error:
        sys.stderr.write(f"interp: can't open file '{path}': [Errno {error.errno}] {error.strerror}\n")
        return 2
    # CPython names the main script by its absolute path in tracebacks.
    return run_source(source, os.path.abspath(path), limits)
