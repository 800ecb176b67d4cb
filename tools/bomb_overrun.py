"""How far past its budget each big-int bomb gets before the limit that governs it ends it.

Not a test (it measures durations): a table for the closing note of issue 13.  Each
bomb of ``tests/test_bigint_limits.py`` runs in a fresh sandbox, once with a time limit,
once with a step limit, and once stopped from the host's event loop; the table shows
which limit ended the run and, for time, the run's wall time over the limit; for Stop,
how long after ``stop()`` the run returned; for memory, the peak over the limit.

    python tools/bomb_overrun.py [--timeout 1.0] [--steps 200000] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_bigint_limits import _SETUP, BOMBS  # noqa: E402

import interp  # noqa: E402

MAX_MEMORY = 512 << 20


def _limit(result: interp.Result) -> str:
    if result.ok:
        return "finished"
    return result.error.limit or result.error.type


def timed(program: str, **limits: object) -> tuple[str, float, int]:
    sandbox = interp.Sandbox(limits=interp.Limits(**limits))
    started = time.perf_counter()
    result = sandbox.run(program)
    return _limit(result), time.perf_counter() - started, result.stats["peak_memory"]


def stopped(program: str, after: float) -> tuple[str, float]:
    """Stop the run ``after`` seconds into the bomb; the seconds from stop() to its end."""
    began = []

    def begin() -> None:
        began.append(time.perf_counter())

    sandbox = interp.Sandbox(
        capabilities={"begin": begin}, limits=interp.Limits(timeout=120.0, max_memory=MAX_MEMORY)
    )

    async def main() -> tuple[str, float]:
        task = asyncio.ensure_future(sandbox.run_async(_SETUP + "begin()\n" + program))
        while not began:
            await asyncio.sleep(0.005)
        await asyncio.sleep(after)
        stop_at = time.perf_counter()
        sandbox.stop()
        result = await task
        return _limit(result), time.perf_counter() - stop_at

    return asyncio.run(main())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--steps", type=int, default=200_000)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    names = args.only or sorted(BOMBS)
    # The setup alone (x = 1 << 10**8 and d) costs this much of each run.
    _, setup, _ = timed(_SETUP, max_memory=MAX_MEMORY)
    print(f"setup alone: {setup:.2f} s wall")
    header = (
        f"{'bomb':24} {'timeout: ended by':18} {'wall/limit':>10} {'steps: ended by':16} "
        f"{'stop: ended by':15} {'stop->end s':>11}"
    )
    print(header)
    print("-" * len(header))
    for name in names:
        program = _SETUP + BOMBS[name]
        by_time, wall, _ = timed(program, timeout=args.timeout, max_memory=MAX_MEMORY)
        by_steps, _, _ = timed(program, max_steps=args.steps, max_memory=MAX_MEMORY)
        by_stop, after_stop = stopped(BOMBS[name], 0.3)
        print(
            f"{name:24} {by_time:18} {wall / args.timeout:10.2f} {by_steps:16} {by_stop:15} {after_stop:11.3f}"
        )
    # Memory: a result over the limit is refused before it is computed.
    budget = 16 << 20
    by_memory, wall, peak = timed("x = (1 << 3 * 10**7) - 1\ny = x ** 5", max_memory=budget, timeout=30.0)
    print(f"\npow over max_memory={budget >> 20} MiB: ended by {by_memory}, peak/limit {peak / budget:.2f}")


if __name__ == "__main__":
    main()
