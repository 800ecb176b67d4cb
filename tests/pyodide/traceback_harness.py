"""Inside Pyodide: the whole stderr of a failing program, under Pyodide's CPython (the
oracle) and under interp, as ``tests/test_tracebacks.py`` compares them on the host.

``tests/pyodide/run_tracebacks.mjs`` loads this module next to ``conformance_harness``
(tests/pyodide/harness.py), whose oracle set-up it shares: a fresh ``__main__``, the
streams redirected, asyncio's stock loop, and the interpreter state put back afterwards.

What differs from the conformance oracle is what the traceback must look like to equal
``python FILE``'s:

- The program's file is written into Pyodide's file system at its host path, so that the
  traceback module reads its source lines where CPython would.
- The harness's own frame (the ``exec`` call) is not part of the printed traceback, and a
  syntax error has no traceback at all, as when CPython compiles a script.
- The recursion limit is raised by the number of frames already on the stack, so that a
  ``RecursionError`` happens at the depth it has in a fresh process (3.12+ counts Python
  frames only, so the count is exact).
- The uncaught exception is printed by the hook CPython's top level uses
  (``traceback._print_exception_bltin`` in 3.13+).
"""

from __future__ import annotations

import builtins
import io
import json
import os
import sys
import sysconfig
import time
import traceback
import types
import warnings

import conformance_harness as base

#: The standard library's directory, written ``<stdlib>`` in ``File "..."`` lines (as on
#: the host: frames of library modules follow the standard-library issue's paths).
_STDLIB = sysconfig.get_paths()["stdlib"]


def _depth() -> int:
    """Frames on the stack of the caller (not counting this function's own)."""
    frame, n = sys._getframe(1), 0
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n


def _normalise(text: str) -> str:
    return text.replace(f'File "{_STDLIB}/', 'File "<stdlib>/')


def _print_uncaught(error: BaseException, own_code: types.CodeType) -> None:
    tb = error.__traceback__
    if tb is not None and tb.tb_frame.f_code is own_code:
        error.__traceback__ = tb.tb_next
    hook = getattr(traceback, "_print_exception_bltin", None)
    if hook is not None:
        hook(error)
    else:
        traceback.print_exception(error, file=sys.stderr)


def run_oracle(source: str, filename: str) -> dict:
    """``python FILE`` under Pyodide's CPython: its stderr and exit status."""
    os.makedirs(os.path.dirname(filename), exist_ok=True)
    with open(filename, "w", encoding="utf-8") as handle:
        handle.write(source)
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="\n")
    stderr = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="\n")
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins  # type: ignore[attr-defined]
    state = base._State()
    unavailable = None
    started = time.perf_counter()
    with warnings.catch_warnings():
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), stdout, stderr
        sys.argv[:] = [filename]
        sys.modules["__main__"] = main
        base._oracle_asyncio(fresh="asyncio" in source)
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for action in ("DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"):
            warnings.filterwarnings("ignore", category=getattr(builtins, action))
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        returncode = 0
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
        except SyntaxError as error:
            error.__traceback__ = None
            _print_uncaught(error, run_oracle.__code__)
            returncode = 1
        else:
            sys.setrecursionlimit(state.recursion_limit + _depth())
            try:
                exec(code, main.__dict__)
            except KeyboardInterrupt:  # the runner's watchdog
                raise
            except base.OracleUnavailable as error:
                unavailable = str(error)
                returncode = 1
            except SystemExit as error:
                returncode = base._exit_status(error.code, stderr)
            except BaseException as error:
                if base._from_oracle_loop(error):
                    unavailable = f"{type(error).__name__}: {error}"
                sys.setrecursionlimit(state.recursion_limit + 50)  # room for the printer
                _print_uncaught(error, run_oracle.__code__)
                returncode = 1
        finally:
            try:
                stdout.flush()
            except UnicodeEncodeError:
                pass
            stderr.flush()
            state.restore()
    return {
        "stderr": _normalise(err_bytes.getvalue().decode("utf-8", "replace")),
        "returncode": returncode,
        "time": time.perf_counter() - started,
        "unavailable": unavailable,
    }


async def run_interp(source: str, filename: str) -> dict:
    """``python -m interp FILE`` inside Pyodide: its stderr and exit status."""
    outcome = await base.run_interp(source, filename)
    return {
        "stderr": _normalise(outcome["stderr"]),
        "returncode": outcome["returncode"],
        "time": outcome["time"],
        "limit": outcome.get("limit"),
    }


def run_oracle_json(source: str, filename: str) -> str:
    return json.dumps(run_oracle(source, filename))


async def run_interp_json(source: str, filename: str) -> str:
    return json.dumps(await run_interp(source, filename))
