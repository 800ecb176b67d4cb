"""The benchmark runner: each program under CPython and under interp, in one process.

Usage: ``python bench/run.py [--repeat N] [--json PATH] [PROGRAM ...]``

Every program in ``../shared/bench/`` (and in this ``bench/programs/`` folder) runs
under CPython's ``exec`` and in the sandbox, ``--repeat`` times each; the best time
of each is kept, the outputs are compared (a benchmark that prints something else
than CPython is reported as wrong, not timed), and the table shows the ratio
interp / CPython and the geometric mean of the ratios.  Results also go to a JSON
file so that a change can be compared with the previous run.

Times for interp include parsing and compiling, as a user of the sandbox sees them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "bench"
LOCAL = ROOT / "bench" / "programs"


def programs(selected: list[str]) -> list[Path]:
    found = sorted(SHARED.glob("*.py")) + sorted(LOCAL.glob("*.py"))
    if selected:
        found = [p for p in found if p.stem in selected or p.name in selected]
    return found


def time_cpython(source: str, path: Path, repeat: int) -> tuple[float, str]:
    code = compile(source, str(path), "exec")
    best = math.inf
    output = ""
    for _ in range(repeat):
        buffer = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(buffer):
            exec(code, {"__name__": "__main__"})
        best = min(best, time.perf_counter() - started)
        output = buffer.getvalue()
    return best, output


def time_interp(source: str, path: Path, repeat: int) -> tuple[float, str, str | None]:
    from interp.host.session import Session

    best = math.inf
    output = ""
    error = None
    for _ in range(repeat):
        chunks: list[str] = []
        session = Session(write=chunks.append, timeout=None)
        started = time.perf_counter()
        outcome = session.run(source, str(path))
        elapsed = time.perf_counter() - started
        output = "".join(chunks)
        if not outcome.ok:
            error = (outcome.traceback or outcome.message or "failed").strip().splitlines()[-1]
            break
        best = min(best, elapsed)
    return best, output, error


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", help="program names (default: all)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "latest.json"))
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    rows = []
    print(
        f"interp benchmarks on CPython {platform.python_version()}, commit {commit()}, best of {args.repeat}"
    )
    print(f"{'program':<20} {'CPython s':>10} {'interp s':>10} {'ratio':>8}  status")
    ratios = []
    for path in programs(args.programs):
        source = path.read_text()
        base, expected = time_cpython(source, path, args.repeat)
        took, output, error = time_interp(source, path, args.repeat)
        if error is not None:
            status, ratio = f"error: {error}", None
        elif output != expected:
            status, ratio = "WRONG OUTPUT", None
        else:
            status, ratio = "ok", took / base
            ratios.append(ratio)
        shown = f"{ratio:8.1f}x" if ratio is not None else f"{'-':>9}"
        took_shown = f"{took:10.3f}" if error is None else f"{'-':>10}"
        print(f"{path.stem:<20} {base:10.3f} {took_shown} {shown}  {status}")
        rows.append(
            {
                "program": path.stem,
                "cpython": base,
                "interp": took if error is None else None,
                "ratio": ratio,
                "status": status,
            }
        )
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else None
    if geomean is not None:
        print(f"{'geometric mean':<20} {'':>10} {'':>10} {geomean:8.1f}x  ({len(ratios)} programs)")
    result = {
        "commit": commit(),
        "python": platform.python_version(),
        "repeat": args.repeat,
        "rows": rows,
        "geomean": geomean,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
