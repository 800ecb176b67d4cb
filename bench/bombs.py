"""Every resource bomb of the test suite: which limit ends it, and how far past its budget.

Usage::

    python bench/bombs.py [--timeout S] [--memory MIB] [--output KIB] [--kinds K,...] [NAME ...]

The bombs are the escape suite's programs of the resource kinds (``tests/escapes/``:
``memory_bomb``, ``unbounded_op``, ``output``, ``after_end``, ``deep_data``,
``compile_recursion``) and the memory bombs of ``tests/test_memory_accounting.py``.
Each runs in a child process of its own (memory one bomb freed cannot hide the next
one's growth, and a bomb that hangs is killed and reported), in a sandbox with the escape
suite's capabilities and stdin and these limits: ``timeout`` (compute seconds, 2 by
default), ``max_wall`` (5x the timeout), ``max_memory`` (64 MiB), ``max_output``
(64 KiB), no step limit (so that the limits a step count would hide are the ones
measured).

For each bomb the table gives the limit that ended it (or how it ended otherwise), and
three ratios against the budget, the quantities the issue asks to keep within 2x:

- ``time/b``: the run's time over its time budget: its wall time over ``max_wall`` for
  a bomb that ``max_wall`` ended (sleeps and waits), else its compute time (the meter's
  ``stats["compute_time"]``: the clock while the sandbox runs, waits excluded) over
  ``timeout``.  A host operation that no check interrupts shows here.  (On a loaded
  machine the clock runs while the process waits for a processor, so a bomb ends there
  after less work, not later.)
- ``cpu/t``: the process time the run took (every thread: the driver, the worker and the
  meter's walks) over ``timeout``;
- ``rss/m``: the growth of the child's peak resident set during the run over
  ``max_memory`` (what the bomb really took from the machine, allocator slack and the
  interpreter's temporaries included);
- ``out/o``: the bytes written to stdout and stderr over ``max_output``.

Nothing is asserted here (the tests assert that each bomb is contained); this script
reports by how much, and lists the bombs past 2x on any ratio at the end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ESCAPES = ROOT / "tests" / "escapes"
KINDS = ("memory_bomb", "unbounded_op", "output", "after_end", "deep_data", "compile_recursion")

_CHILD = r"""
import asyncio, json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
import interp
from interp.runtime.meter import resident_memory

timeout, memory, output, path = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
source = open(path, encoding="utf-8").read()

def echo(value=None):
    return value

async def aecho(value=None):
    await asyncio.sleep(0)
    return value

async def slow(seconds=0.2):
    await asyncio.sleep(min(float(seconds), 0.5))
    return "slow done"

record = []

def recorder(value=None):
    record.append(len(record))
    return len(record)

limits = interp.Limits(
    timeout=timeout, max_wall=5 * timeout, max_memory=memory, max_output=output, max_steps=None
)
sandbox = interp.Sandbox(
    capabilities={"echo": echo, "aecho": aecho, "slow": slow, "record": recorder},
    limits=limits,
    stdin="first line\nsecond line\nthird line\n",
    deterministic=True,
)
sandbox.run("x = 1", "<warm>")
before = resident_memory()
cpu0, wall0 = time.process_time(), time.perf_counter()
try:
    result = sandbox.run(source, "<bomb>")
    compute = result.stats.get("compute_time", 0.0)
    ended = result.error.limit if result.error and result.error.limit else (result.error.type if result.error else "ok")
    out = len(result.stdout.encode("utf-8", "surrogatepass")) + len(result.stderr.encode("utf-8", "surrogatepass"))
except BaseException as error:
    ended, out, compute = "HOST " + type(error).__name__, 0, 0.0
cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"ended": ended, "cpu": cpu, "wall": wall, "compute": compute, "rss": max(0, peak - before), "out": out}))
"""


def bombs(kinds: list[str]) -> dict[str, Path]:
    """Every bomb by name: ``kind/file`` for the escape suite's, ``accounting/name`` for
    the memory-accounting test's (written to a temporary file for the child)."""
    found = {f"{kind}/{path.stem}": path for kind in kinds for path in sorted((ESCAPES / kind).glob("*.py"))}
    if "accounting" in kinds or kinds == list(KINDS):
        sys.path.insert(0, str(ROOT / "tests"))
        from test_memory_accounting import BOMBS

        folder = Path("/tmp/interp-bombs")
        folder.mkdir(exist_ok=True)
        for name, source in BOMBS.items():
            path = folder / f"{name}.py"
            path.write_text(source)
            found[f"accounting/{name}"] = path
    return found


def run(path: Path, timeout: float, memory: int, output: int) -> dict:
    """One bomb in a child process; a child killed after 10x its timeout is a hang."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(timeout), str(memory), str(output), str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=10 * timeout + 30,
            check=False,
        )
    except subprocess.TimeoutExpired:
        wall = time.perf_counter() - started
        return {"ended": "HANG", "cpu": 0.0, "wall": wall, "compute": wall, "rss": 0, "out": 0}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"ended": f"CRASH {proc.returncode}: {tail[:60]}", "cpu": 0.0, "wall": 0.0, "rss": 0, "out": 0}
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only the bombs whose name contains one of these")
    parser.add_argument("--timeout", type=float, default=2.0, help="compute seconds (default 2)")
    parser.add_argument("--memory", type=int, default=64, help="max_memory in MiB (default 64)")
    parser.add_argument("--output", type=int, default=64, help="max_output in KiB (default 64)")
    parser.add_argument("--kinds", default=",".join((*KINDS, "accounting")), help="comma-separated kinds")
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args(argv)
    memory, output = args.memory << 20, args.output << 10
    table = bombs(args.kinds.split(","))
    if args.names:
        table = {name: path for name, path in table.items() if any(part in name for part in args.names)}
    print(
        f"timeout {args.timeout} s, max_wall {5 * args.timeout} s, max_memory {args.memory} MiB, "
        f"max_output {args.output} KiB, no step limit; {len(table)} bombs"
    )
    print(f"{'bomb':<58} {'ended by':<16} {'time/b':>6} {'cpu/t':>6} {'rss/m':>6} {'out/o':>6}")
    rows, over = [], []
    for name, path in table.items():
        r = run(path, args.timeout, memory, output)
        r["name"] = name
        rows.append(r)
        if r["ended"] == "max_wall":
            r["time_ratio"] = r["wall"] / (5 * args.timeout)
        else:
            r["time_ratio"] = r.get("compute", r["wall"]) / args.timeout
        ratios = (r["time_ratio"], r["cpu"] / args.timeout, r["rss"] / memory, r["out"] / output)
        print(f"{name:<58} {r['ended'][:16]:<16} " + " ".join(f"{x:6.2f}" for x in ratios), flush=True)
        if max(ratios[0], ratios[2], ratios[3]) > 2 or r["ended"].startswith(("HANG", "CRASH", "HOST")):
            over.append(name)
    by_limit: dict[str, int] = {}
    for r in rows:
        by_limit[r["ended"]] = by_limit.get(r["ended"], 0) + 1
    print("\nended by:", ", ".join(f"{k} {v}" for k, v in sorted(by_limit.items(), key=lambda kv: -kv[1])))
    for label, index in (("time/b", "time_ratio"), ("rss/m", "rss"), ("out/o", "out")):
        budget = {"time_ratio": 1.0, "rss": memory, "out": output}[index]
        worst = max(rows, key=lambda r: r[index])
        print(f"largest {label}: {worst[index] / budget:.2f} ({worst['name']})")
    print(f"past 2x of a budget (time, memory or output), or hung/crashed: {len(over)}")
    for name in over:
        print("  ", name)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
