"""Many sandboxes in one process, and the command line's start-up (issue 17).

Usage: ``python bench/sandboxes.py [--count N] [--runs N] [--json PATH] [MODULE ...]``
(the JSON goes to ``bench/results/sandboxes.json``).

The embeddable widget makes a sandbox per snippet, so what counts is the cost of a
sandbox after the first one of a process, when the interpreter is imported and its
shared tables are built:

1. a new ``interp.Sandbox()``: its time (best and median of ``--count``) and memory
   (``tracemalloc``: the peak while it is made, and what it keeps), and the same for
   its first ``run("pass")``, which a snippet pays too.  Targets: 1 ms and 100 KB.
2. ``import MODULE`` in the second and later sandboxes of a fresh process (best of
   the later ones, best of three processes), against CPython's own import of the
   module in a fresh process (``python -X importtime``, cumulative), with
   ``bench/stdlib_import_time.py``.  Target: 10x CPython.
3. ``python -m interp hello.py`` against ``python -c 'print(1)'``: wall time of the
   whole process, best of ``--runs``, with ``bench/startup.py``.  Target: 100 ms more.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from run import commit  # bench/run.py, beside this script
from startup import cli_vs_cpython
from stdlib_import_time import cpython_import_us, sandbox_import_s

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMPORTS = ["asyncio", "collections", "dataclasses", "json"]
#: Sandboxes importing the module in each process: the first, then the later ones.
SANDBOXES_PER_PROCESS = 4
NEW_SANDBOX_MS, NEW_SANDBOX_KB, IMPORT_RATIO, CLI_MS = 1.0, 100, 10.0, 100.0
FIRST_RUN = 'its first run("pass")'


def _sandbox_times(count: int) -> dict:
    """Milliseconds of ``Sandbox()`` and of its first ``run("pass")``, after a first one."""
    from interp import Sandbox

    Sandbox().run("pass")
    make, first_run = [], []
    for _ in range(count):
        started = time.perf_counter()
        sandbox = Sandbox()
        made = time.perf_counter()
        sandbox.run("pass")
        done = time.perf_counter()
        make.append((made - started) * 1000)
        first_run.append((done - made) * 1000)
        sandbox.close()
    return {
        "new_sandbox_ms": {"best": min(make), "median": statistics.median(make)},
        "first_run_ms": {"best": min(first_run), "median": statistics.median(first_run)},
    }


def _sandbox_memory(count: int) -> dict:
    """Bytes: the peak while a Sandbox is made and what it keeps, then the same for its
    first ``run("pass")``; the least over ``count`` sandboxes (each kept alive while it is
    measured, the earlier ones freed first)."""
    from interp import Sandbox

    Sandbox().run("pass")
    rows = []
    for _ in range(count):
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            sandbox = Sandbox()
            kept, peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            sandbox.run("pass")
            run_kept, run_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        rows.append((peak - base, kept - base, run_peak - base, run_kept - base))
        sandbox.close()
        del sandbox
    return {
        "new_sandbox_peak": min(r[0] for r in rows),
        "new_sandbox_kept": min(r[1] for r in rows),
        "first_run_peak": min(r[2] for r in rows),
        "first_run_kept": min(r[3] for r in rows),
    }


def _imports(names: list[str]) -> list[dict]:
    rows = []
    for name in names:
        cpython_ms = cpython_import_us(name) / 1000
        first, later, _mean = sandbox_import_s(name, sandboxes=SANDBOXES_PER_PROCESS)[0]
        rows.append(
            {
                "module": name,
                "cpython_ms": cpython_ms,
                "first_sandbox_ms": first * 1000,
                "later_sandbox_ms": later * 1000,
                "ratio": later * 1000 / cpython_ms if cpython_ms else None,
            }
        )
        print(_import_line(rows[-1]), flush=True)
    return rows


def _import_line(row: dict) -> str:
    ratio = f"{row['ratio']:9.1f}x" if row["ratio"] is not None else f"{'-':>10}"
    verdict = "ok" if row["ratio"] is not None and row["ratio"] <= IMPORT_RATIO else "over target"
    return (
        f"  import {row['module']:<14} {row['cpython_ms']:12.1f} {row['first_sandbox_ms']:12.1f} "
        f"{row['later_sandbox_ms']:12.1f} {ratio}  {verdict}"
    )


def _verdict(ok: bool) -> str:
    return "ok" if ok else "over target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"modules to import (default: {' '.join(IMPORTS)})")
    parser.add_argument("--count", type=int, default=200, help="new sandboxes timed (default 200)")
    parser.add_argument("--runs", type=int, default=10, help="runs of each command line (default 10)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "sandboxes.json")
    args = parser.parse_args(argv)

    print(f"many sandboxes and CLI start-up on CPython {platform.python_version()}, commit {commit()}")
    times = _sandbox_times(args.count)
    memory = _sandbox_memory(min(args.count, 20))
    made, ran = times["new_sandbox_ms"], times["first_run_ms"]
    print(f"{'a sandbox after the first':<34} {'best ms':>9} {'median ms':>10} {'peak KB':>9} {'kept KB':>9}")
    ok = made["median"] <= NEW_SANDBOX_MS and memory["new_sandbox_peak"] <= NEW_SANDBOX_KB * 1024
    print(
        f"  {'Sandbox()':<32} {made['best']:9.3f} {made['median']:10.3f} "
        f"{memory['new_sandbox_peak'] / 1024:9.1f} {memory['new_sandbox_kept'] / 1024:9.1f}  "
        f"{_verdict(ok)} (target {NEW_SANDBOX_MS:g} ms, {NEW_SANDBOX_KB} KB)"
    )
    print(
        f"  {FIRST_RUN:<32} {ran['best']:9.3f} {ran['median']:10.3f} "
        f"{memory['first_run_peak'] / 1024:9.1f} {memory['first_run_kept'] / 1024:9.1f}"
    )
    print(
        f"{'import in a fresh process':<34} {'CPython ms':>12} {'1st sandbox':>12} {'later ms':>12} {'ratio':>10}"
    )
    imports = _imports(args.modules or IMPORTS)
    cli = cli_vs_cpython(args.runs)
    print(f"{'command line, best of ' + str(args.runs):<34} {'wall ms':>9} {'CPU ms':>10}")
    print(f"  {'python -c print(1)':<32} {cli['cpython_ms']:9.1f} {cli['cpython_cpu_ms']:10.1f}")
    print(f"  {'python -m interp hello.py':<32} {cli['cli_ms']:9.1f} {cli['cli_cpu_ms']:10.1f}")
    print(
        f"  {'difference':<32} {cli['difference_ms']:9.1f} {cli['difference_cpu_ms']:10.1f}  "
        f"{_verdict(cli['difference_ms'] <= CLI_MS)} (target {CLI_MS:g} ms of wall time)"
    )
    result = {
        "commit": commit(),
        "python": platform.python_version(),
        "count": args.count,
        "sandbox": {**times, "memory_bytes": memory},
        "imports": imports,
        "cli": cli,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
