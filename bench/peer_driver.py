"""Run one benchmark program under one peer sandbox; print the result as JSON on stdout.

Usage (inside ``bench/.peers-venv``, started by ``bench/peers.py``)::

    python bench/peer_driver.py PEER PROGRAM.py [--repeat N] [--timeout S]
    python bench/peer_driver.py --versions DIST [DIST ...]

It lives in its own process, in its own virtualenv, so that the peers' dependencies stay
out of the project's environment and a peer that hangs or crashes can be killed without
losing the rest of the table.  Only the execution is timed (each peer's parse and compile
included, as for interp), not the interpreter start or the peer's imports; the best of
``--repeat`` runs is kept.  The printed output is what the peer captured from the
program's ``print`` calls, so that the runner can compare it with CPython's.

This file must run on the venv's Python without the project installed: standard
library and the peers only.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import io
import json
import math
import os
import sys
import time
from collections.abc import Callable

# Modules the programs import; granted to the peers that take an allow-list.
IMPORTS = ["math", "asyncio"]


# Resources a runner holds for all repetitions (Monty's worker pool), closed before exit.
CLEANUP = contextlib.ExitStack()


class Failed(Exception):
    """The program did not run to completion under the peer: the message says why."""


def run_smolagents(source: str) -> Callable[[], str]:
    """Run the way a smolagents CodeAgent runs a code action: ``executor(code).logs``."""
    from smolagents import local_python_executor as lpe

    # The operation and while-loop caps (10 M and 1 M in 1.26) and the 30 s thread timeout
    # guard an agent against runaway code; here they would stop a benchmark artificially.
    lpe.MAX_OPERATIONS = sys.maxsize
    lpe.MAX_WHILE_ITERATIONS = sys.maxsize

    def once() -> str:
        executor = lpe.LocalPythonExecutor(
            additional_authorized_imports=IMPORTS, max_print_outputs_length=10**9, timeout_seconds=None
        )
        executor.send_variables({})
        # As an agent does: this installs BASE_PYTHON_TOOLS (len, range, ... and print).
        executor.send_tools({})
        try:
            return executor(source).logs
        except lpe.InterpreterError as error:
            # "Code execution failed at line '<source>' due to: <error>": keep the error.
            raise Failed(str(error).rpartition(" due to: ")[2].strip().splitlines()[0]) from None

    return once


def run_asteval(source: str) -> Callable[[], str]:
    """``Interpreter(writer=...).eval(source)``, with ``import`` enabled for ``math``."""
    import asteval

    def once() -> str:
        out, err = io.StringIO(), io.StringIO()
        # asteval refuses import statements by default; enabling them lets the program
        # import any module (asteval's own symbol table already has math's functions).
        interpreter = asteval.Interpreter(
            writer=out, err_writer=err, use_numpy=False, config={"import": True, "importfrom": True}
        )
        interpreter.eval(source, show_errors=False)
        if interpreter.error:
            # The first error is the innermost one; later ones wrap it per call frame.
            raise Failed(interpreter.error[0].get_error()[1].strip().splitlines()[-1])
        return out.getvalue()

    return once


def run_starlark(source: str) -> Callable[[], str]:
    """``starlark.exec_file`` on the unchanged Python source; Starlark's print goes to stderr."""
    import starlark

    def once() -> str:
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                starlark.exec_file(source, "program.star")
        except starlark.StarlarkSyntaxException as error:
            # One message per problem, joined by "; ": the first one is the cause.
            raise Failed(f"syntax: {str(error).split('; ')[0]}") from None
        except starlark.EvalError as error:
            raise Failed(str(error).strip().splitlines()[-1]) from None
        return err.getvalue()

    return once


def run_monty(source: str) -> Callable[[], str]:
    """``session.feed_run`` in a fresh checkout of a warm pool (worker start is not timed)."""
    import pydantic_monty

    pool = CLEANUP.enter_context(pydantic_monty.Monty(min_processes=1, max_processes=1))

    def once() -> str:
        # Monty's defaults limit nothing but recursion depth (1000, as CPython's).
        with pool.checkout(script_name="program.py") as session:
            collect = pydantic_monty.CollectString(max_bytes=None)
            try:
                session.feed_run(source, print_callback=collect)
            except pydantic_monty.MontyError as error:
                raise Failed(f"{type(error).__name__}: {str(error).strip().splitlines()[-1]}") from None
            return collect.output

    return once


RUNNERS = {"smolagents": run_smolagents, "asteval": run_asteval, "starlark": run_starlark, "monty": run_monty}


def versions(distributions: list[str]) -> dict[str, str | None]:
    """The installed version of each distribution, ``None`` when it is missing."""
    found: dict[str, str | None] = {}
    for dist in distributions:
        try:
            found[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            found[dist] = None
    return found


def measure(peer: str, source: str, repeat: int, timeout: float) -> dict[str, object]:
    """Best time, last output and the error (if any) of ``repeat`` runs."""
    best, output, error = math.inf, "", None
    try:
        once = RUNNERS[peer](source)
    except Exception as exc:  # an import or setup failure is reported, not raised
        return {"time": None, "output": "", "error": f"setup: {type(exc).__name__}: {exc}"}
    for _ in range(repeat):
        stray = io.StringIO()  # a peer writing to the real stdout must not break the JSON
        started = time.perf_counter()
        try:
            with contextlib.redirect_stdout(stray):
                output = once()
        except Failed as exc:
            error = str(exc)
        except RecursionError:
            error = "RecursionError (in the host)"
        except Exception as exc:
            error = f"{type(exc).__name__}: {str(exc).strip()[:200]}"
        elapsed = time.perf_counter() - started
        if error is not None:
            break
        best = min(best, elapsed)
        if elapsed > timeout:
            error = "timeout"
            break
    return {"time": None if error else best, "output": output, "error": error}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("peer", nargs="?", choices=sorted(RUNNERS))
    parser.add_argument("program", nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--versions", nargs="+", metavar="DIST", help="print these distributions' versions")
    args = parser.parse_args(argv)
    if args.versions:
        print(json.dumps(versions(args.versions)))
        return 0
    if args.peer is None or args.program is None:
        parser.error("PEER and PROGRAM are required")
    with open(args.program, encoding="utf-8") as handle:
        source = handle.read()
    result = measure(args.peer, source, args.repeat, args.timeout)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    CLEANUP.close()
    # Skip interpreter teardown: a peer's worker pool or threads must not delay the exit.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
