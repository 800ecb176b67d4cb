"""How far each memory bomb gets before ``max_memory`` ends it, and what the walks cost.

Usage::

    python bench/memory_bombs.py [--limit MIB] [--timeout S] [BOMB ...]

Each bomb of ``tests/test_memory_accounting.py`` runs in a fresh child process (so that
memory freed by one bomb does not hide the next one's growth from the resident set), in
a sandbox whose ``max_memory`` is ``--limit`` MiB (32 by default).  The table shows the
limit that ended the run, the sandbox's own peak (``stats["peak_memory"]``, what the
walks measured), how much the child's peak resident set grew during the run (what the
bomb really took from the machine, interpreter temporaries and allocator slack
included), that growth as a multiple of the limit, and the number and total time of the
walks against the run's compute time.  Nothing is asserted: the tests assert which limit
ends each bomb, this script reports by how much it overshot.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
from interp.host.session import Session
from interp.runtime.limits import Limits
from interp.runtime.meter import resident_memory
limit, timeout, program = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
session = Session(limits=Limits.unlimited(max_memory=limit, timeout=timeout))
session.run("x = 1", "<warm>")
before = resident_memory()
outcome = session.run(program, "<bomb>")
peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
m = session.meter
print(json.dumps({
    "limit": outcome.limit or outcome.error_type or "none",
    "peak": outcome.stats["peak_memory"],
    "rss_growth": peak_rss - before,
    "walks": m.walks,
    "walk_time": m.walk_time,
    "compute": outcome.stats["compute_time"],
}))
"""


def run_bomb(program: str, limit: int, timeout: float) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(limit), str(timeout), program],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout * 3 + 60,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    from test_memory_accounting import BOMBS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bombs", nargs="*", help="bomb names (default: all)")
    parser.add_argument("--limit", type=int, default=32, help="max_memory in MiB (default 32)")
    parser.add_argument("--timeout", type=float, default=120.0, help="compute seconds per bomb")
    args = parser.parse_args(argv)
    limit = args.limit << 20
    names = args.bombs or sorted(BOMBS)
    print(f"max_memory = {args.limit} MiB")
    print(
        f"{'bomb':<28} {'ended by':<11} {'peak MiB':>9} {'RSS MiB':>8} {'RSS/limit':>9} {'walks':>6} {'walk s':>7} {'run s':>6}"
    )
    for name in names:
        r = run_bomb(BOMBS[name], limit, args.timeout)
        if "error" in r:
            print(f"{name:<28} error: {r['error']}")
            continue
        print(
            f"{name:<28} {r['limit']:<11} {r['peak'] / 2**20:9.1f} {r['rss_growth'] / 2**20:8.1f}"
            f" {r['rss_growth'] / limit:8.2f}x {r['walks']:6d} {r['walk_time']:7.2f} {r['compute']:6.2f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
