"""Inside Pyodide: time one benchmark program under Pyodide's CPython and under interp.

Not a script: ``bench/pyodide_bench.mjs`` copies this module into Pyodide's file system
and calls :func:`time_cpython_json` and :func:`time_interp_json` for every program. The
two timings follow ``bench/run.py`` (``time_cpython`` and ``time_interp``) so that the
Pyodide table and the host table measure the same thing:

- CPython: the program is compiled once (not timed), then each repeat ``exec``\\ s it in a
  fresh ``__main__`` dict with stdout captured; the best time is kept.
- interp: each repeat builds a ``Session`` (not timed) and times ``Session.run``, which
  parses, compiles and runs the program, as a user of the sandbox sees it.

``Session.run`` and a program's own ``asyncio.run`` both need an event loop that can block.
Pyodide's WebLoop cannot block without JavaScript stack switching (JSPI), which Node 20
lacks, so :func:`setup` installs the loop that the conformance harness gives its oracle
(``tests/pyodide/harness.py``: asyncio's stock loop with a timer-only selector), loaded
next to this module as ``conformance_harness``. Scheduling stays CPython's own.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import sys
import time
from typing import Any

import conformance_harness as harness  # tests/pyodide/harness.py, copied in by the runner


def setup() -> str:
    """Install the blocking event loop and import interp; versions as JSON.

    Importing interp and building a first session here keeps the one-off cost of
    loading the grammar tables and the builtins out of the first program's timings.
    """
    harness._oracle_asyncio(fresh=False)
    import interp
    from interp.host.session import Session

    Session(limits=interp.Limits.unlimited())
    return json.dumps(
        {
            "python": sys.version.split()[0],
            "interp": getattr(interp, "__version__", "?"),
            "interp_path": interp.__file__,
        }
    )


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "failed"


def time_cpython(source: str, path: str, repeat: int) -> dict[str, Any]:
    """Best of ``repeat`` runs of ``source`` under Pyodide's CPython.

    Whatever a program changes in the interpreter (modules, builtins, recursion limit,
    the event loop policy) is put back after each run, outside the timing, so that the
    next program starts from the same state.
    """
    code = compile(source, path, "exec")
    best = math.inf
    output = ""
    for _ in range(repeat):
        buffer = io.StringIO()
        state = harness._State()
        try:
            started = time.perf_counter()
            with contextlib.redirect_stdout(buffer):
                exec(code, {"__name__": "__main__"})
            elapsed = time.perf_counter() - started
        except (Exception, SystemExit) as error:  # reported, as a program interp fails
            return {"seconds": None, "output": buffer.getvalue(), "error": f"{type(error).__name__}: {error}"}
        finally:
            state.restore()
        best = min(best, elapsed)
        output = buffer.getvalue()
    return {"seconds": best, "output": output, "error": None}


def time_interp(source: str, path: str, repeat: int) -> dict[str, Any]:
    """Best of ``repeat`` runs of ``source`` in a fresh interp session each."""
    from interp import Limits
    from interp.host.session import Session

    best = math.inf
    output = ""
    for _ in range(repeat):
        chunks: list[str] = []
        session = Session(write=chunks.append, limits=Limits.unlimited())
        started = time.perf_counter()
        outcome = session.run(source, path)
        elapsed = time.perf_counter() - started
        output = "".join(chunks)
        if not outcome.ok:
            error = _last_line(outcome.traceback or outcome.message or "failed")
            return {"seconds": None, "output": output, "error": error}
        best = min(best, elapsed)
    return {"seconds": best, "output": output, "error": None}


def time_cpython_json(source: str, path: str, repeat: int) -> str:
    return json.dumps(time_cpython(source, path, repeat))


def time_interp_json(source: str, path: str, repeat: int) -> str:
    return json.dumps(time_interp(source, path, repeat))
