"""``python -m interp FILE`` and ``python -m interp -c CODE``: run in the sandbox.

Standard output is the program's, exactly as CPython would print it; an uncaught
exception prints a CPython-style traceback on standard error and exits with status
1; ``SystemExit`` exits with its code, as CPython does.
"""

from __future__ import annotations

import sys
from typing import Any

from .session import Session


def _read_line(prompt: str) -> str | None:
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        return None
    return line[:-1] if line.endswith("\n") else line


def run_source(source: str, filename: str, limits: dict[str, Any] | None = None) -> int:
    """Run ``source`` as the main program; returns the process exit status."""
    session = Session(
        write=sys.stdout.write, write_err=sys.stderr.write, read_line=_read_line, **(limits or {})
    )
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


def run_path(path: str, limits: dict[str, Any] | None = None) -> int:
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
    except OSError as error:
        sys.stderr.write(f"interp: can't open file '{path}': [Errno {error.errno}] {error.strerror}\n")
        return 2
    # CPython names the main script by its absolute path in tracebacks.
    import os

    return run_source(source, os.path.abspath(path), limits)
