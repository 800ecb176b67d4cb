"""Timing claims of the trampoline, measured (never asserted in tests).

Usage: ``python bench/concurrency.py [--json PATH]``

Each scenario runs a sandboxed program through ``Sandbox.run_async`` with host
capabilities that take a known time, and reports the wall time next to what the
claim expects:

- ten async capability calls of 100 ms gathered together: ~0.1 s, not 1 s;
- ten *sync* capability calls of 100 ms (sequential by definition): ~1 s;
- ``asyncio.sleep(0.1)``: ~0.1 s, once;
- ``gather(sleep(1), sleep(1))``: ~1 s;
- ``time.sleep(0.2)`` while the host loop keeps ticking (the host is not blocked);
- the cost of one host call round trip (1000 trivial sync calls).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import interp  # noqa: E402


async def slow_async(x: int) -> int:
    await asyncio.sleep(0.1)
    return x * x


def slow_sync(x: int) -> int:
    time.sleep(0.1)
    return x * x


def trivial(x: int) -> int:
    return x


SCENARIOS = [
    (
        "gather 10 async capabilities x 100 ms",
        0.1,
        "import asyncio\nasync def main():\n    return await asyncio.gather(*(slow_async(i) for i in range(10)))\n"
        "print(sum(asyncio.run(main())))\n",
    ),
    (
        "top-level await gather 10 x 100 ms",
        0.1,
        "import asyncio\nr = await asyncio.gather(*(slow_async(i) for i in range(10)))\nprint(sum(r))\n",
    ),
    ("10 sync capabilities x 100 ms", 1.0, "print(sum(slow_sync(i) for i in range(10)))\n"),
    ("asyncio.sleep(0.1)", 0.1, "import asyncio\nasyncio.run(asyncio.sleep(0.1))\n"),
    (
        "gather(sleep(1), sleep(1))",
        1.0,
        "import asyncio\nasync def main():\n    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))\nasyncio.run(main())\n",
    ),
    ("time.sleep(0.2)", 0.2, "import time\ntime.sleep(0.2)\n"),
]


async def measure(source: str) -> tuple[float, int, interp.Result]:
    """Wall time of one run, and how many times the host loop ticked meanwhile."""
    ticks = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0.01)

    sandbox = interp.Sandbox(
        capabilities={"slow_async": slow_async, "slow_sync": slow_sync, "trivial": trivial}
    )
    # Importing the sandbox's asyncio compiles it (reported apart): time the scenario only.
    await sandbox.run_async("import asyncio, time\n")
    tick_task = asyncio.create_task(ticker())
    started = time.perf_counter()
    result = await sandbox.run_async(source)
    elapsed = time.perf_counter() - started
    done = True
    await tick_task
    return elapsed, ticks, result


async def main_async() -> list[dict]:
    rows = []
    for name, expected, source in SCENARIOS:
        elapsed, ticks, result = await measure(source)
        if not result.ok:
            raise SystemExit(f"{name}: {result.error}")
        rows.append(
            {"scenario": name, "expected_s": expected, "wall_s": round(elapsed, 3), "host_ticks": ticks}
        )
    sandbox = interp.Sandbox()
    started = time.perf_counter()
    await sandbox.run_async("import asyncio\n")
    rows.append(
        {
            "scenario": "first import asyncio in a sandbox",
            "expected_s": None,
            "wall_s": round(time.perf_counter() - started, 3),
            "host_ticks": 0,
        }
    )
    calls = 1000
    elapsed, ticks, result = await measure(f"for i in range({calls}):\n    trivial(i)\n")
    if not result.ok:
        raise SystemExit(f"round trip: {result.error}")
    rows.append(
        {
            "scenario": f"{calls} trivial sync host calls",
            "expected_s": None,
            "wall_s": round(elapsed, 3),
            "host_ticks": ticks,
            "per_call_us": round(elapsed / calls * 1e6, 1),
        }
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "concurrency.json")
    args = parser.parse_args()
    rows = asyncio.run(main_async())
    print(f"{'scenario':45} {'expected s':>10} {'wall s':>8} {'host ticks':>10}")
    for row in rows:
        expected = "-" if row["expected_s"] is None else f"{row['expected_s']:.1f}"
        extra = f"  ({row['per_call_us']} us/call)" if "per_call_us" in row else ""
        print(f"{row['scenario']:45} {expected:>10} {row['wall_s']:8.3f} {row['host_ticks']:10d}{extra}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
