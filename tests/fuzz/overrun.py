"""How far past its budget a fuzz-found bomb got: measured and reported, never asserted.

``python tests/fuzz/overrun.py [SUMMARY.json ...]`` reads the summaries ``make fuzz``
writes (``test-reports/fuzz/summary-SEED.json``; all of them by default) and prints, for
each limit that ended runs, how far past the limit those runs got:

- ``timeout``: compute time and wall time beyond the budget;
- ``max_memory``: the meter's peak estimate against the budget, and how far the host
  process's peak resident memory rose during the run (``rss_growth``; 0 when the run
  stayed under an earlier peak of the same worker, so a lower bound);
- ``max_steps`` / ``max_output``: steps and stdout bytes against the budget.

``compute_time`` is the sandbox's own measure: wall time while the program's steps
run, so on a loaded machine it includes time the worker waited for a core.

Why a report and not a test: how long a bomb runs past its budget depends on the
machine and its load; a test asserts which limit ended a run, never a duration.
Runs that are not ended by a limit but overran it anyway (a timeout that never fired)
show up as watchdog hangs in the violations instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from fuzz import oracle  # noqa: E402

REPORTS = HERE.parent.parent / "test-reports" / "fuzz"


def quantiles(values: list[float]) -> str:
    """Median, 99th percentile and maximum of ``values``."""
    if not values:
        return "-"
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return f"median {at(0.5):.3g}, p99 {at(0.99):.3g}, max {ordered[-1]:.3g}"


def report(limit_stats: dict[str, list[dict]]) -> str:
    """The overrun table of the runs each limit ended."""
    limits = oracle.LIMITS
    lines = []
    for limit, runs in sorted(limit_stats.items()):
        lines.append(f"{limit}: {len(runs)} runs")
        if limit == "timeout":
            budget = limits.timeout
            lines.append(
                f"  compute time past {budget} s: {quantiles([r['compute_time'] - budget for r in runs])}"
            )
            lines.append(
                f"  wall time past {budget} s:    {quantiles([r['wall_time'] - budget for r in runs])}"
            )
            worst = max(runs, key=lambda r: r["compute_time"])
            lines.append(f"  worst: program {worst.get('index')} ({worst['compute_time']:.2f} s of compute)")
        elif limit == "max_memory":
            budget = limits.max_memory
            lines.append(
                f"  meter peak / budget:        {quantiles([r['peak_memory'] / budget for r in runs])}"
            )
        elif limit == "max_steps":
            budget = limits.max_steps
            lines.append(f"  steps / budget:             {quantiles([r['steps'] / budget for r in runs])}")
        elif limit == "max_output":
            budget = limits.max_output
            lines.append(
                f"  stdout bytes / budget:      {quantiles([r['stdout_bytes'] / budget for r in runs])}"
            )
        grown = [r["rss_growth"] / 2**20 for r in runs if "rss_growth" in r]
        if grown:
            lines.append(f"  host peak memory rise, MiB: {quantiles(grown)}")
        lines.append(f"  compute time of these runs: {quantiles([r['compute_time'] for r in runs])}")
    return "\n".join(lines)


def main(paths: list[str]) -> int:
    files = [Path(p) for p in paths] or sorted(REPORTS.glob("summary-*.json"))
    if not files:
        print(f"no summaries: run `make fuzz` first (it writes {REPORTS}/summary-SEED.json)")
        return 1
    for path in files:
        data = json.loads(path.read_text())
        print(f"== {path.name}: seed {data['seed']}, {data['count']} programs, limits {oracle.LIMITS}")
        print(report(data["limit_stats"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
