"""The benchmark runner: each program under CPython and under interp, in one process.

Usage::

    python bench/run.py [--repeat N] [--json PATH] [PROGRAM ...]
    python bench/run.py --peers [--peer NAME ...] [--timeout S] ...   # also peer sandboxes
    python bench/run.py --compare OLD.json [...]                      # this run vs OLD
    python bench/run.py --compare OLD.json NEW.json                   # two runs, run nothing
    python bench/run.py --pyodide [--repeat N] [--json PATH] [PROGRAM ...]

Every program in ``../shared/bench/`` (and in this ``bench/programs/`` folder) runs
under CPython's ``exec`` and in the sandbox, ``--repeat`` times each; the best time
of each is kept, the outputs are compared (a benchmark that prints something else
than CPython is reported as wrong, not timed), and the table shows the ratio
interp / CPython and the geometric mean of the ratios.  Results also go to a JSON
file (``--json``, default ``bench/results/latest.json``).  Before overwriting it the
runner reads the previous run from it and prints, after the table, interp's time per
program before and after; ``--compare OLD`` compares with OLD instead, and
``--compare OLD NEW`` only prints the comparison of two saved runs.

Times for interp include parsing and compiling, as a user of the sandbox sees them.

``--peers`` adds other Python sandboxes as columns (time / CPython time), so that the
ratios say where interp stands among its kind, not only against CPython; ``--peer NAME``
(repeatable, implies ``--peers``) keeps only the peers named.  They are installed from
PyPI at pinned versions into ``bench/.peers-venv`` on first use and run in a subprocess
of it (``bench/peers.py``, ``bench/peer_driver.py``), which times only the execution,
parse and compile included, best of ``--repeat``:

- ``smolagents``: ``LocalPythonExecutor``, run as a CodeAgent runs a code action
  (``executor(code).logs`` is the printed output), ``math`` and ``asyncio`` authorized;
  its ``MAX_OPERATIONS`` and ``MAX_WHILE_ITERATIONS`` raised to ``sys.maxsize`` and its
  30 s timeout off, so that it is not stopped artificially;
- ``asteval``: ``Interpreter(writer=...)`` with ``import`` enabled (off by default);
- ``starlark``: the unchanged source with ``starlark.exec_file`` (print goes to stderr,
  which is captured); programs that are not Starlark fail and are skipped;
- ``monty``: ``pydantic-monty``, ``session.feed_run`` in a warm worker pool, print
  collected with ``CollectString``; 1.4.0, since 1.5.0's parts are not on our index.

A program a peer cannot run, runs with another output than CPython's, or runs longer
than ``--timeout`` seconds (default 120) is skipped for that peer, with the reason
listed under the table and in the JSON row's ``peers``.  The table has a geometric
mean per peer over the programs it ran (with interp's over the same programs) and
``vs pure``: how many times faster interp is than the fastest pure-Python peer
(smolagents, asteval, starlark) that ran the program.

``--memory-accounting`` runs interp a second time with ``max_memory`` set (256 MiB, the
default of ``interp.Limits``) and adds the column ``mem acct``: how much longer that run
took, the cost of the per-sandbox memory accounting (growth probes and walks of what the
sandbox holds; see ``interp/runtime/accounting.py``), and its geometric mean under the
table; ``walks`` and ``walk %`` are the walks of that run and their share of its time,
measured inside the run and so not blurred by the machine's load as the difference of
two timings is.  The other columns time interp with every limit off, as before.
``python bench/memory_bombs.py`` reports, for the memory bombs of the tests, how far each
got before the limit ended it and what its walks cost.

``--memory`` adds the peak memory of each program (``tracemalloc``, which sees every
thread): under CPython around the ``exec`` of the compiled program, under interp around
a new ``Session`` and its ``run`` (parse, compile, the run on the worker thread), and
apart the peak of parsing and compiling alone (``compile KB``: the program's closures) and
that of its top-level imports alone (``import KB``: a sandbox runs the code of its standard
library modules again, and holds their compiled closures and objects).  The
sandbox's fixed cost, a new Session running ``pass``, is measured apart, reported under
the table and subtracted: ``mem x`` is (interp peak - fixed) / CPython peak.  Memory runs
come after the timed runs, so that caches shared by every sandbox of a process (parsed
standard-library modules) are already warm and not counted against one program.
Programs that print are measured with their output collected (a StringIO, a list), the
same on both sides.

``CPy+c KB`` is CPython's peak with its ``compile`` of the program inside the traced block
(the parser's and compiler's memory, and the code objects), and ``x c`` interp's net
peak over it: interp's peak counts its parse and compile, the ``mem x`` baseline does
not, which for a small program is most of the difference (the compile of ``loops`` peaks
at about 40 KB in CPython, its run at 1 KB).

``--pyodide`` hands over to ``node bench/pyodide_bench.mjs`` (interp inside Pyodide
under Node, which prints its own table) with the same ``--repeat``, ``--json`` (default
``bench/results/pyodide.json``) and programs, and exits with its status.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import math
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peers import Peer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "bench"
#: ``--memory-accounting`` runs each program again with the default ``max_memory``.
ACCOUNTING_BUDGET = 256 << 20
#: Per program: the walks of its last best metered run, and their share of its time.
WALKS: dict[str, tuple[int, float]] = {}
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


def time_interp(
    source: str, path: Path, repeat: int, max_memory: int | None = None
) -> tuple[float, str, str | None]:
    from interp import Limits
    from interp.host.session import Session

    best = math.inf
    output = ""
    error = None
    for _ in range(repeat):
        chunks: list[str] = []
        session = Session(write=chunks.append, limits=Limits.unlimited(max_memory=max_memory))
        started = time.perf_counter()
        outcome = session.run(source, str(path))
        elapsed = time.perf_counter() - started
        output = "".join(chunks)
        if not outcome.ok:
            error = (outcome.traceback or outcome.message or "failed").strip().splitlines()[-1]
            break
        if elapsed < best:
            best = elapsed
            # What the memory walks took of the best run (none without max_memory).
            WALKS[str(path)] = (session.meter.walks, session.meter.walk_time / elapsed)
    return best, output, error


@contextlib.contextmanager
def traced() -> Any:
    """Trace allocations inside the block; yields a list that receives the peak in bytes
    above what was allocated when the block began."""
    gc.collect()  # earlier runs' cycles must not be freed (or counted) inside the block
    tracemalloc.start()
    peak = [0]
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        yield peak
        peak[0] = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def memory_cpython(source: str, path: Path) -> int:
    """Peak bytes of one ``exec`` of the program, compiled beforehand."""
    code = compile(source, str(path), "exec")
    buffer = io.StringIO()
    with traced() as peak, contextlib.redirect_stdout(buffer):
        exec(code, {"__name__": "__main__"})
    return peak[0]


def memory_cpython_compiled(source: str, path: Path) -> int:
    """Peak bytes of compiling the program and one ``exec`` of it: what CPython's peak
    is when its compile counts too, as interp's parse and compile count in its peak."""
    buffer = io.StringIO()
    with traced() as peak, contextlib.redirect_stdout(buffer):
        exec(compile(source, str(path), "exec"), {"__name__": "__main__"})
    return peak[0]


def memory_interp(source: str, path: Path | str) -> tuple[int, str | None]:
    """Peak bytes of a new Session running the program (the fixed cost included), and
    the error of a failed run."""
    from interp import Limits
    from interp.host.session import Session

    chunks: list[str] = []
    with traced() as peak:
        session = Session(write=chunks.append, limits=Limits.unlimited())
        outcome = session.run(source, str(path))
        del session
    if not outcome.ok:
        return peak[0], (outcome.message or "failed").strip()
    return peak[0], None


def memory_compile(source: str, path: Path) -> int:
    """Peak bytes of a new Session parsing and compiling the program without running
    it: the share of the program's closures in interp's peak."""
    from interp import Limits
    from interp.host.session import Session

    with traced() as peak:
        session = Session(limits=Limits.unlimited())
        program = session.start(source, str(path))
        del program, session
    return peak[0]


def import_statements(source: str) -> str:
    """The program's top-level imports alone, as a program."""
    import ast

    tree = ast.parse(source)
    return "\n".join(
        ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))
    )


def fixed_memory() -> int:
    """The sandbox's fixed cost: a new Session running ``pass``, after a warm-up run (the
    least of three, so that a stray allocation of the process does not count)."""
    memory_interp("pass", "<fixed>")
    return min(memory_interp("pass", "<fixed>")[0] for _ in range(3))


def add_memory(row: dict, path: Path, fixed: int) -> None:
    """Fill ``row["memory"]``: peaks in bytes, interp's above the fixed cost, the ratio."""
    source = path.read_text()
    base = memory_cpython(source, path)
    peak, error = memory_interp(source, path)
    net = max(peak - fixed, 0)
    imports = import_statements(source)
    row["memory"] = {
        "cpython": base,
        "cpython_compiled": memory_cpython_compiled(source, path),
        "interp": peak,
        "interp_net": net,
        "compile_net": max(memory_compile(source, path) - memory_compile("pass", "<fixed>"), 0),
        "imports_net": max(memory_interp(imports, path)[0] - fixed, 0) if imports else 0,
        "ratio": net / base if error is None and base else None,
        "error": error,
    }
    compiled = row["memory"]["cpython_compiled"]
    row["memory"]["ratio_compiled"] = net / compiled if error is None and compiled else None


def kb(size: int) -> str:
    return f"{size / 1024:10.0f}"


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def geomean(values: list[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def cell(value: float | None, width: int = 9) -> str:
    return f"{value:{width - 1}.1f}x" if value is not None else f"{'-':>{width}}"


def run_peers(
    row: dict,
    path: Path,
    expected: str,
    chosen: list[Peer],
    failed: dict[str, str],
    repeat: int,
    timeout: float,
) -> None:
    """Fill ``row["peers"]``, and ``row["vs_pure_peer"]``: the fastest pure-Python peer's
    time over interp's, the comparison that matters for a sandbox written in Python."""
    import peers

    results = {}
    for peer in chosen:
        if peer.name in failed:
            results[peer.name] = {"time": None, "ratio": None, "status": failed[peer.name]}
            continue
        got = peers.run(peer, path, repeat, timeout)
        result = {"time": None, "ratio": None}
        if got["error"] is not None:
            result["status"] = peers.reason(got["error"])
            result["error"] = got["error"]
        elif got["output"] != expected:
            result["status"] = "wrong output"
            result["output"] = got["output"][:300]
        else:
            result.update(time=got["time"], ratio=got["time"] / row["cpython"], status="ok")
        results[peer.name] = result
    row["peers"] = results
    pure = [(results[p.name]["time"], p.name) for p in chosen if p.pure_python and results[p.name]["time"]]
    if pure and row["status"] == "ok":
        fastest, name = min(pure)
        row["vs_pure_peer"], row["fastest_pure_peer"] = fastest / row["interp"], name
    else:
        row["vs_pure_peer"], row["fastest_pure_peer"] = None, None


def peer_summary(rows: list[dict], chosen: list[Peer], versions: dict[str, str | None]) -> dict:
    """Per peer: version, geometric mean of its ratios, and interp's over the same programs."""
    summary = {}
    for peer in chosen:
        ran = [r for r in rows if r["peers"][peer.name]["ratio"] is not None]
        summary[peer.name] = {
            "package": f"{peer.dist}=={peer.version}",
            "installed": versions.get(peer.dist),
            "pure_python": peer.pure_python,
            "programs": len(ran),
            "geomean": geomean([r["peers"][peer.name]["ratio"] for r in ran]),
            "interp_geomean_same_programs": geomean([r["ratio"] for r in ran if r["ratio"] is not None]),
        }
    return summary


def print_peer_footer(rows: list[dict], chosen: list[Peer], summary: dict) -> None:
    """Per-peer means under the table, then why each peer skipped what it skipped."""
    vs_pure = geomean([r["vs_pure_peer"] for r in rows if r["vs_pure_peer"] is not None])
    lines = [
        ("peer geometric mean", [cell(summary[p.name]["geomean"], 11) for p in chosen] + [cell(vs_pure)]),
        ("interp, same progs", [cell(summary[p.name]["interp_geomean_same_programs"], 11) for p in chosen]),
        ("programs run", [f"{summary[p.name]['programs']:>11}" for p in chosen]),
    ]
    for title, cells in lines:
        print(f"{title:<20} {'':>10} {'':>10} {'':>9} " + " ".join(cells))
    print("vs pure: how many times faster interp is than the fastest pure-Python peer that ran it")
    for peer in chosen:
        skipped = [(r["program"], r["peers"][peer.name]["status"]) for r in rows]
        skipped = [(program, status) for program, status in skipped if status != "ok"]
        installed = summary[peer.name]["installed"] or "not installed"
        print(f"{peer.name} ({peer.dist} {installed})" + (", skipped:" if skipped else ""))
        for program, status in skipped:
            print(f"  {program:<18} {status[:110]}")


def compare(before: dict, after: dict, label: str) -> None:
    """Interp's time per program in two runs; the ratio to CPython too, as the machine's
    load moves both times together and the ratio less."""
    old = {row["program"]: row for row in before.get("rows", [])}
    common = [row for row in after["rows"] if row["program"] in old]
    if not common:
        return
    print(f"\ninterp vs {label} (commit {before.get('commit', '?')}, best of {before.get('repeat', '?')})")
    print(f"{'program':<20} {'before s':>10} {'after s':>10} {'change':>8} {'ratio before':>13} {'after':>7}")
    changes = []
    for row in common:
        prev = old[row["program"]]
        was, now = prev.get("interp"), row.get("interp")
        change = f"{(now / was - 1) * 100:+7.1f}%" if was and now else f"{'-':>8}"
        if was and now:
            changes.append(now / was)
        shown = [f"{t:10.3f}" if t else f"{'-':>10}" for t in (was, now)]
        print(
            f"{row['program']:<20} {shown[0]} {shown[1]} {change} {cell(prev.get('ratio'), 13)} {cell(row.get('ratio'), 7)}"
        )
    mean = geomean(changes)
    if mean is not None:
        print(f"{'geometric mean':<20} {'':>10} {'':>10} {(mean - 1) * 100:+7.1f}%")


def load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def pyodide(args: argparse.Namespace) -> int:
    """Hand over to the Pyodide benchmark script, which prints its own table."""
    script = ROOT / "bench" / "pyodide_bench.mjs"
    if not script.exists():
        print(
            f"error: {script.relative_to(ROOT)} does not exist (yet): no Pyodide benchmark", file=sys.stderr
        )
        return 2
    out = args.json or str(ROOT / "bench" / "results" / "pyodide.json")
    command = [os.environ.get("NODE", "node"), str(script), "--repeat", str(args.repeat), "--json", out]
    try:
        return subprocess.run(command + args.programs, cwd=ROOT).returncode
    except OSError as error:
        print(f"error: cannot run node: {error}", file=sys.stderr)
        return 2


def select_peers(names: list[str] | None) -> tuple[list[Peer], dict[str, str], dict[str, str | None]]:
    """The peers named by ``--peer`` (all when none is), installed: the chosen ones, the
    install error of those that failed, and the installed versions."""
    sys.path.insert(0, str(ROOT / "bench"))
    import peers

    known = [p.name for p in peers.PEERS]
    names = names or known
    if unknown := sorted(set(names) - set(known)):
        raise SystemExit(f"unknown peer(s) {', '.join(unknown)}; known: {', '.join(known)}")
    chosen = [p for p in peers.PEERS if p.name in names]
    failed = peers.ensure_venv(chosen)
    return chosen, failed, peers.installed_versions([p.dist for p in chosen])


def bench_program(path: Path, repeat: int, accounting: bool = False) -> tuple[dict, str]:
    """One program under CPython and interp: its JSON row and the expected output."""
    source = path.read_text()
    base, expected = time_cpython(source, path, repeat)
    took, output, error = time_interp(source, path, repeat)
    if accounting:
        # The same run with the default memory budget, so that the per-sandbox memory
        # accounting (growth probes, walks of what the sandbox holds) is on.
        metered, _, metered_error = time_interp(source, path, repeat, ACCOUNTING_BUDGET)
        overhead = metered / took if error is None and metered_error is None else None
        walks, walk_share = WALKS.get(str(path), (0, 0.0))
    if error is not None:
        status, ratio = f"error: {error}", None
    elif output != expected:
        status, ratio = "WRONG OUTPUT", None
    else:
        status, ratio = "ok", took / base
    row = {
        "program": path.stem,
        "cpython": base,
        "interp": took if error is None else None,
        "ratio": ratio,
        "status": status,
    }
    if accounting:
        row["accounting"] = {
            "interp": metered if metered_error is None else None,
            "overhead": overhead,
            "walks": walks,
            "walk_share": walk_share,
        }
    return row, expected


def table_line(row: dict, chosen: list[Peer]) -> str:
    took = f"{row['interp']:10.3f}" if row["interp"] is not None else f"{'-':>10}"
    line = f"{row['program']:<20} {row['cpython']:10.3f} {took} {cell(row['ratio'])}"
    if "accounting" in row:
        overhead = row["accounting"]["overhead"]
        line += f" {(overhead - 1) * 100:+8.1f}%" if overhead is not None else f" {'-':>9}"
        line += f" {row['accounting']['walks']:>5} {row['accounting']['walk_share'] * 100:6.2f}%"
    if "memory" in row:
        memory = row["memory"]
        line += f" {kb(memory['cpython'])} {kb(memory['interp_net'])} {cell(memory['ratio'], 7)}"
        line += f" {kb(memory['compile_net'])} {kb(memory['imports_net'])}"
        line += f" {kb(memory['cpython_compiled'])} {cell(memory.get('ratio_compiled'), 7)}"
    if chosen:
        line += "".join(f" {cell(row['peers'][p.name]['ratio'], 11)}" for p in chosen)
        line += f" {cell(row['vs_pure_peer'])}"
    return f"{line}  {row['status']}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", help="program names (default: all)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="result file (default bench/results/latest.json)")
    parser.add_argument("--peers", action="store_true", help="also time the peer sandboxes")
    parser.add_argument("--peer", action="append", metavar="NAME", help="only this peer (repeatable)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per peer run (default 120)")
    parser.add_argument(
        "--compare", nargs="+", metavar="JSON", help="OLD: compare with OLD; OLD NEW: only compare"
    )
    parser.add_argument(
        "--pyodide", action="store_true", help="run bench/pyodide_bench.mjs under Node instead"
    )
    parser.add_argument(
        "--memory-accounting",
        action="store_true",
        help="also time interp with max_memory set (column 'mem acct': the accounting's cost)",
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also the peak memory (tracemalloc) under CPython and interp, fixed cost apart",
    )
    args = parser.parse_args(argv)
    if args.pyodide:
        return pyodide(args)
    out = Path(args.json or ROOT / "bench" / "results" / "latest.json")
    if args.compare and len(args.compare) > 2:
        parser.error("--compare takes OLD or OLD NEW")
    # Read the baseline now: by default it is the file this run is about to overwrite.
    baseline = Path(args.compare[0]) if args.compare else out
    before = load(baseline)
    label = str(baseline) if args.compare else f"the previous run, {baseline}"
    if args.compare and before is None:
        parser.error(f"cannot read {baseline}")
    if args.compare and len(args.compare) == 2:
        after = load(Path(args.compare[1]))
        if after is None:
            parser.error(f"cannot read {args.compare[1]}")
        compare(before, after, label)
        return 0
    os.environ.setdefault("PYTHONHASHSEED", "0")
    chosen, failed, versions = select_peers(args.peer) if args.peers or args.peer else ([], {}, {})

    print(
        f"interp benchmarks on CPython {platform.python_version()}, commit {commit()}, best of {args.repeat}"
    )
    header = f"{'program':<20} {'CPython s':>10} {'interp s':>10} {'ratio':>8}"
    if args.memory_accounting:
        header += f" {'mem acct':>9} {'walks':>5} {'walk %':>7}"
    if args.memory:
        header += f" {'CPy KB':>10} {'interp KB':>10} {'mem x':>7} {'compile KB':>10} {'import KB':>10}"
        header += f" {'CPy+c KB':>10} {'x c':>7}"
    if chosen:
        header += "".join(f" {p.name:>11}" for p in chosen) + f" {'vs pure':>9}"
    print(header + "  status")
    rows = []
    fixed = fixed_memory() if args.memory else 0
    for path in programs(args.programs):
        row, expected = bench_program(path, args.repeat, args.memory_accounting)
        if args.memory:
            add_memory(row, path, fixed)
        if chosen:
            run_peers(row, path, expected, chosen, failed, args.repeat, args.timeout)
        print(table_line(row, chosen), flush=True)
        rows.append(row)
    ratios = [row["ratio"] for row in rows if row["ratio"] is not None]
    mean = geomean(ratios)
    if mean is not None:
        print(f"{'geometric mean':<20} {'':>10} {'':>10} {mean:8.1f}x  ({len(ratios)} programs)")
    if args.memory_accounting:
        overheads = [row["accounting"]["overhead"] for row in rows if row["accounting"]["overhead"]]
        cost = geomean(overheads)
        if cost is not None:
            print(
                f"memory accounting (max_memory={ACCOUNTING_BUDGET >> 20} MiB): "
                f"{(cost - 1) * 100:+.1f}% time, geometric mean of {len(overheads)} programs"
            )
    if args.memory:
        memory_ratios = [row["memory"]["ratio"] for row in rows if row["memory"]["ratio"] is not None]
        print(
            f"memory: fixed cost of a sandbox (a new Session running 'pass') {fixed / 1024:.0f} KB, "
            "subtracted; interp KB is the peak above it, compile KB that of parsing and compiling "
            "alone, import KB that of the program's top-level imports alone (the sandbox's own "
            "modules: each sandbox runs its stdlib modules' code again); CPy+c KB is CPython's "
            "peak with its compile of the program counted too, and x c interp KB over it"
        )
        memory_mean = geomean(memory_ratios)
        if memory_mean is not None:
            worst = max(rows, key=lambda row: row["memory"]["ratio"] or 0)
            print(
                f"memory ratio: geometric mean {memory_mean:.1f}x, worst {worst['program']} "
                f"{worst['memory']['ratio']:.1f}x ({len(memory_ratios)} programs)"
            )
        compiled_mean = geomean(
            [r["memory"]["ratio_compiled"] for r in rows if r["memory"]["ratio_compiled"]]
        )
        if compiled_mean is not None:
            print(f"memory ratio with CPython's compile counted (x c): geometric mean {compiled_mean:.1f}x")
    result = {
        "commit": commit(),
        "python": platform.python_version(),
        "repeat": args.repeat,
        "rows": rows,
        "geomean": mean,
    }
    if args.memory_accounting:
        result["memory_accounting"] = geomean(
            [row["accounting"]["overhead"] for row in rows if row["accounting"]["overhead"]]
        )
    if args.memory:
        result["memory"] = {"fixed": fixed, "geomean": geomean(memory_ratios)}
    if chosen:
        result["peers"] = peer_summary(rows, chosen, versions)
        result["peer_timeout"] = args.timeout
        print_peer_footer(rows, chosen, result["peers"])
    if before is not None:
        compare(before, result, label)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
