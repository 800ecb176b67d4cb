"""Inside Pyodide: run one conformance program under Pyodide's CPython (the oracle) and
under interp, and describe each outcome the way ``tests/test_conformance.py`` does.

``tests/pyodide/run_conformance.mjs`` loads this module into each Pyodide instance and
calls :func:`run_oracle` and :func:`run_interp` for every program. Both return a dict
with ``stdout``, ``stderr``, ``returncode`` (what ``python FILE`` / ``python -m interp
FILE`` would exit with) and ``exc_type`` (the uncaught exception's type, parsed from
``stderr`` by :func:`exception_type`, which mirrors the CPython harness's parser).

The oracle runs as a fresh ``__main__`` module: standard streams redirected (stdin is
empty, as the CPython harness passes ``/dev/null``), and afterwards the interpreter state
a program can change is put back (modules imported or added, builtins, recursion limit,
warning filters, the asyncio event loop policy). Pyodide's event loop (WebLoop) cannot
block in ``asyncio.run`` without JavaScript stack switching, which Node 20 lacks, and
its ``socketpair`` does not work; so while the oracle runs, asyncio's stock event loop
is used with a selector that only waits for the next timer (:class:`_TimerSelector`).
Task scheduling is CPython's own (``BaseEventLoop``), so programs see the same order.
"""

from __future__ import annotations

import asyncio
import builtins
import io
import linecache
import re
import selectors
import sys
import time
import traceback
import types
import warnings
from typing import Any

_EXC_LINE = re.compile(r"^([A-Za-z_][\w.]*)(?::\s.*|:)?$")
_GROUP_LINE = re.compile(r"^\s*\|\s*([A-Za-z_][\w.]*Group)(?::\s.*)?$")


class OracleUnavailable(Exception):
    """The oracle cannot run this program under Pyodide (a platform limitation)."""


def exception_type(stderr: str) -> str | None:
    """The uncaught exception's type from a CPython-style traceback on stderr.

    ``tests/test_conformance.py`` uses this parser too, so both runners read a
    traceback the same way.
    """
    lines = [line for line in stderr.splitlines() if line.strip()]
    for line in reversed(lines):
        if line[:1].isspace() or line.startswith(("Traceback", "+")):
            continue
        m = _EXC_LINE.match(line)
        if m:
            name = m.group(1)
            return name.rsplit(".", 1)[-1]
    for line in lines:
        m = _GROUP_LINE.match(line)
        if m:
            return m.group(1).rsplit(".", 1)[-1]
    return "<unparsed stderr>"


def _outcome(stdout: str, stderr: str, returncode: int, **extra: Any) -> dict:
    exc = exception_type(stderr) if returncode == 1 else None
    return {"stdout": stdout, "stderr": stderr, "returncode": returncode, "exc_type": exc, **extra}


def _exit_status(code: Any, stderr: io.TextIOBase) -> int:
    """The exit status of ``SystemExit(code)``, as CPython's interpreter computes it."""
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool):
        return code & 0xFF
    stderr.write(f"{code}\n")
    return 1


# --- the oracle: Pyodide's own CPython -------------------------------------------------------


class _TimerSelector(selectors.BaseSelector):
    """A selector without file descriptors: ``select`` only waits for the next timer."""

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        raise OracleUnavailable("file descriptors are not available to the oracle's event loop")

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        raise KeyError(fileobj)

    def select(self, timeout: float | None = None) -> list:
        if timeout is None:
            # CPython would wait forever here (nothing scheduled, nothing to wake it).
            raise OracleUnavailable("the event loop would wait forever")
        if timeout > 0:
            time.sleep(timeout)
        return []

    def get_map(self) -> dict:
        return {}


def _is_asyncio(name: str) -> bool:
    return name in ("asyncio", "_asyncio") or name.startswith("asyncio.")


def _oracle_asyncio(fresh: bool) -> None:
    """Make asyncio's stock event loop the oracle's, with no loop running.

    ``fresh``: import a new copy of asyncio first (and of ``_asyncio``, whose state
    numbers the tasks), as a new process would have; the caller restores sys.modules.
    """
    if fresh:
        for name in [name for name in sys.modules if _is_asyncio(name)]:
            del sys.modules[name]
    import asyncio as aio

    class Loop(aio.SelectorEventLoop):  # type: ignore[name-defined,misc]
        """asyncio's stock event loop, without the self-pipe (no socketpair in Pyodide)."""

        def __init__(self) -> None:
            super().__init__(_TimerSelector())

        def _make_self_pipe(self) -> None:
            pass

        def _close_self_pipe(self) -> None:
            pass

        def _write_to_self(self) -> None:
            pass

    # Named as CPython's loop on Linux: programs may print ``type(loop).__name__``.
    Loop.__name__ = Loop.__qualname__ = "_UnixSelectorEventLoop"
    Loop.__module__ = "asyncio.unix_events"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)

        class Policy(aio.DefaultEventLoopPolicy):  # type: ignore[name-defined,misc]
            _loop_factory = Loop

        aio.set_event_loop_policy(Policy())
    aio.events._set_running_loop(None)


class _State:
    """The interpreter state a program can change, saved before and restored after it."""

    def __init__(self) -> None:
        self.modules = dict(sys.modules)
        self.builtins = dict(builtins.__dict__)
        self.recursion_limit = sys.getrecursionlimit()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.argv = list(sys.argv)
        self.running_loop = asyncio.events._get_running_loop()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            self.policy = asyncio.get_event_loop_policy()

    def restore(self) -> None:
        sys.stdin, sys.stdout, sys.stderr = self.streams
        for name in set(sys.modules) - set(self.modules):
            del sys.modules[name]
        sys.modules.update(self.modules)
        if builtins.__dict__ != self.builtins:
            builtins.__dict__.clear()
            builtins.__dict__.update(self.builtins)
        sys.setrecursionlimit(self.recursion_limit)
        sys.argv[:] = self.argv
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            asyncio.set_event_loop_policy(self.policy)
        asyncio.events._set_running_loop(self.running_loop)  # in the thread state (3.12+)


def run_oracle(source: str, filename: str) -> dict:
    """Run ``source`` with Pyodide's CPython as ``python FILE`` would."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    # PYTHONIOENCODING=utf-8 in the CPython harness: strict on stdout, and stderr's default.
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="\n")
    stderr = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="\n")
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins  # type: ignore[attr-defined]
    state = _State()
    unavailable = None
    started = time.perf_counter()
    with warnings.catch_warnings():
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), stdout, stderr
        sys.argv[:] = [filename]
        sys.modules["__main__"] = main
        _oracle_asyncio(fresh="asyncio" in source)
        warnings.resetwarnings()
        warnings.simplefilter("default")  # CPython's defaults show warnings raised in __main__
        for action in ("DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"):
            warnings.filterwarnings("ignore", category=getattr(builtins, action))
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        # ``python FILE`` reads its source lines from the file (doctest, tracebacks
        # printed to stdout): here it is not on disk, so linecache gets it.
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
            exec(code, main.__dict__)
            returncode = 0
        except KeyboardInterrupt:  # the runner's watchdog
            raise
        except OracleUnavailable as error:
            unavailable = str(error)
            returncode = 1
        except SystemExit as error:
            returncode = _exit_status(error.code, stderr)
        except BaseException as error:
            if _from_oracle_loop(error):
                unavailable = f"{type(error).__name__}: {error}"
            traceback.print_exception(error, file=stderr)
            returncode = 1
        finally:
            try:
                stdout.flush()
            except UnicodeEncodeError:
                pass
            stderr.flush()
            linecache.cache.pop(filename, None)
            state.restore()
    elapsed = time.perf_counter() - started
    return _outcome(
        out_bytes.getvalue().decode("utf-8", "replace"),
        err_bytes.getvalue().decode("utf-8", "replace"),
        returncode,
        time=elapsed,
        unavailable=unavailable,
    )


def _from_oracle_loop(error: BaseException) -> bool:
    """Whether ``error`` (or what it chains) is the oracle loop's, not the program's."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OracleUnavailable):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


# --- interp --------------------------------------------------------------------------------


async def run_interp(source: str, filename: str) -> dict:
    """Run ``source`` in a new ``interp.Sandbox`` as ``python -m interp FILE`` would."""
    import interp

    started = time.perf_counter()
    # The limits of ``python -m interp FILE`` (the defaults of interp.Limits), but a step
    # limit instead of the time limits, so that the result does not depend on the load
    # (tests/test_conformance.py, LOAD_PROOF_FLAGS); the runner's timeout guards hangs.
    limits = interp.Limits(timeout=None, max_wall=None, max_steps=500_000_000)
    sandbox = interp.Sandbox(limits=limits)  # stdin None: input() gets EOF
    result = await sandbox.run_async(source, filename)
    elapsed = time.perf_counter() - started
    error = result.error
    stderr = result.stderr
    if error is None:
        returncode = 0
    elif error.limit is None and error.type == "SystemExit":
        # The CLI exits with the SystemExit's code; a Result only has its message.
        message = error.message
        stderr = stderr[: len(stderr) - len(error.traceback)] if error.traceback else stderr
        if message in ("", "None"):
            returncode = 0
        elif re.fullmatch(r"-?\d+", message):
            returncode = int(message) & 0xFF
        else:
            stderr += f"{message}\n"
            returncode = 1
    else:
        returncode = 1
    return _outcome(result.stdout, stderr, returncode, time=elapsed, limit=error.limit if error else None)


# --- entry points for the runner ------------------------------------------------------------

#: Modules the corpus imports, imported once up front so that removing what a program
#: imported (to give the next program a fresh interpreter) does not drop them.
PRELOAD = (
    "abc",
    "collections",
    "collections.abc",
    "dataclasses",
    "functools",
    "itertools",
    "math",
    "operator",
    "random",
    "typing",
)


def prepare() -> str:
    """Import interp and the modules the corpus uses; the versions, as JSON."""
    import importlib
    import json

    for name in PRELOAD:
        importlib.import_module(name)
    import interp
    from interp.runtime import meter

    return json.dumps(
        {
            "python": sys.version.split()[0],
            "interp": getattr(interp, "__version__", "?"),
            "interp_path": interp.__file__,
            "host_frames_per_frame": meter.HOST_FRAMES_PER_FRAME,
            "hash_abc": hash("abc"),
        }
    )


def run_oracle_json(source: str, filename: str) -> str:
    import json

    return json.dumps(run_oracle(source, filename))


async def run_interp_json(source: str, filename: str) -> str:
    import json

    return json.dumps(await run_interp(source, filename))
