"""Start-up to first output: interp next to plain CPython, and in Pyodide next to plain Pyodide.

Usage: ``python bench/startup.py [--runs N] [--node-runs N] [--no-node] [--json PATH]``
(``make build`` first for the Node part; the JSON goes to ``bench/results/startup.json``).

Benchmarks measure a program that is already running; what a user of a command line or a
page feels first is start-up, so it is measured separately, as the median of ``--runs``
fresh processes (default 10):

1. On the host, from spawning a process to reading the first line of its stdout, for
   ``python -c 'print("hello")'`` (CPython itself) and ``python -m interp hello.py`` (the
   CLI), with stages in between that show where interp's time goes: importing the
   interpreter, creating a ``Sandbox`` (grammar tables, builtins), a first run through the
   API. ``PYTHONUNBUFFERED=1`` makes the line arrive when it is printed, not at exit; the
   exit time is reported too. One uncounted run of each command first writes
   ``__pycache__``, as any installation has it. One extra ``-X importtime`` run of the CLI
   splits its import time by interp layer.
2. Under Node, ``node web/startup.mjs --runs 1`` (``interp.load()`` to the first print of
   a sandboxed program, through the JavaScript API) and ``node bench/pyodide_startup.mjs
   --runs 1`` (a worker to the first print of plain Pyodide's ``runPython("print(1)")``),
   taking turns ``--node-runs`` times (default ``--runs``); the difference is interp's own
   share of a page's start-up. The share is also taken within each interp run (first print
   minus the time its worker spent loading Pyodide), which the machine's load disturbs less.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from run import commit  # bench/run.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "web" / "dist"
HELLO = 'print("hello")'


@dataclass
class Command:
    """A process whose first line of output is timed."""

    label: str
    argv: list[str]


def host_commands(python: str, hello_file: Path) -> list[Command]:
    """From bare CPython to the interp CLI; each stage does the previous one's work and more."""
    return [
        Command("CPython: python -c 'print(\"hello\")'", [python, "-c", HELLO]),
        Command(
            "+ import the interpreter (from interp import Sandbox)",
            [python, "-c", f"from interp import Sandbox; {HELLO}"],
        ),
        Command(
            "+ create a Sandbox (grammar tables, builtins)",
            [python, "-c", f"from interp import Sandbox; Sandbox(); {HELLO}"],
        ),
        Command(
            '+ run print("hello") in it (Sandbox.run)',
            [
                python,
                "-c",
                f"import sys; from interp import Sandbox; Sandbox(stdout=sys.stdout.write).run({HELLO!r})",
            ],
        ),
        Command("interp CLI: python -m interp hello.py", [python, "-m", "interp", str(hello_file)]),
    ]


def child_env(pycache: Path | None = None) -> dict[str, str]:
    """The environment of the timed processes: interp from this tree, output unbuffered.

    An installation has its ``__pycache__``: where ``PYTHONDONTWRITEBYTECODE`` is set (a
    shared checkout may set it), every start would compile interp's sources again, which
    is no start-up a user sees.  Then the bytecode goes to ``pycache`` instead (written
    by the warm-up runs), and the tree stays as it is.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("PYTHONHASHSEED", "0")
    if env.pop("PYTHONDONTWRITEBYTECODE", None) and pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def cli_vs_cpython(runs: int = 10) -> dict:
    """Wall time of whole processes, best of ``runs`` each, taking turns:
    ``python -c 'print(1)'`` and ``python -m interp hello.py`` (issue 17: within 100 ms).
    Their CPU time (user + system, best of ``runs``) too: on a loaded machine the wall
    time of a process counts other processes' time slices, its CPU time far less."""
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO + "\n")
        env = child_env(Path(tmp) / "pycache")
        commands = {
            "cpython": [sys.executable, "-c", "print(1)"],
            "cli": [sys.executable, "-m", "interp", str(hello)],
        }
        best = dict.fromkeys(commands, float("inf"))
        best_cpu = dict.fromkeys(commands, float("inf"))
        for round_ in range(runs + 1):  # round 0 writes the bytecode: not counted
            for key, argv in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)
                took = time.perf_counter() - started
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                if round_ > 0:
                    best[key] = min(best[key], took)
                    best_cpu[key] = min(best_cpu[key], cpu)
    return {
        "runs": runs,
        "cpython_ms": best["cpython"] * 1000,
        "cli_ms": best["cli"] * 1000,
        "difference_ms": (best["cli"] - best["cpython"]) * 1000,
        "cpython_cpu_ms": best_cpu["cpython"] * 1000,
        "cli_cpu_ms": best_cpu["cli"] * 1000,
        "difference_cpu_ms": (best_cpu["cli"] - best_cpu["cpython"]) * 1000,
    }


def time_first_line(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``argv`` to its first line of stdout, and to its exit."""
    started = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        first = time.perf_counter() - started
        _, err = proc.communicate()
        exited = time.perf_counter() - started
    if line != b"hello\n" or proc.returncode != 0:
        raise RuntimeError(
            f"{argv!r} printed {line!r} and exited with {proc.returncode}: {err.decode(errors='replace')[-500:]}"
        )
    return first, exited


def measure_host(commands: list[Command], runs: int, env: dict[str, str]) -> list[dict]:
    """Median first-line and exit times of each command over ``runs`` rounds.

    The commands take turns within a round, so that a disturbance on the machine (other
    processes, frequency changes) spreads over all of them instead of one.
    """
    for command in commands:  # warm-up: __pycache__ and the OS file cache
        time_first_line(command.argv, env)
    firsts: list[list[float]] = [[] for _ in commands]
    exits: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            first, exited = time_first_line(command.argv, env)
            firsts[i].append(first * 1000)
            exits[i].append(exited * 1000)
    return [
        {
            "label": command.label,
            "argv": command.argv[1:],
            "first_ms": statistics.median(firsts[i]),
            "exit_ms": statistics.median(exits[i]),
            "runs_first_ms": firsts[i],
        }
        for i, command in enumerate(commands)
    ]


def import_breakdown(python: str, hello_file: Path, env: dict[str, str]) -> dict[str, float]:
    """Milliseconds of the CLI's imports by interp layer (self times of ``-X importtime``)."""
    proc = subprocess.run(
        [python, "-X", "importtime", "-m", "interp", str(hello_file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    layers: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)", line)
        if not m:
            continue
        name = m.group(3)
        parts = name.split(".")
        if parts[0] == "interp":
            layer = ".".join(parts[:2]) if len(parts) > 1 else "interp"
        else:
            layer = "Python's standard library"
        layers[layer] = layers.get(layer, 0.0) + int(m.group(1)) / 1000
    return dict(sorted(layers.items(), key=lambda item: -item[1]))


def run_node(node: str, script: Path, runs: int, extra: list[str]) -> str:
    """Run one of the Node start-up scripts; its stdout."""
    proc = subprocess.run(
        [node, str(script), "--runs", str(runs), *extra], capture_output=True, text=True, cwd=ROOT
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{script.relative_to(ROOT)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return proc.stdout


#: One run's line of web/startup.mjs.
INTERP_RUN = re.compile(
    r"^run \d+: ready (?P<ready>[\d.]+) ms \(Pyodide (?P<pyodide>[\d.]+) ms, "
    r"wheels \+ interp import (?P<interp>[\d.]+) ms\), first print (?P<first>[\d.]+) ms",
    re.MULTILINE,
)


def measure_node(node: str, runs: int) -> dict:
    """Medians of interp.load() -> first print and of plain Pyodide -> first print, in ms.

    Each script runs once per round, the two taking turns (one fresh Node process per run),
    so that the machine's load at the time weighs on both alike: Pyodide's start-up alone
    varies by seconds on a busy machine, more than interp's share of it.
    """
    found: list[dict[str, float]] = []
    plain_runs: list[dict] = []
    plain: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pyodide.json"
        for _ in range(runs):
            text = run_node(node, ROOT / "web" / "startup.mjs", 1, [])
            lines = [
                {key: float(value) for key, value in m.groupdict().items()} for m in INTERP_RUN.finditer(text)
            ]
            if len(lines) != 1:
                raise RuntimeError(f"web/startup.mjs printed {len(lines)} run lines, expected 1:\n{text}")
            found += lines
            run_node(node, ROOT / "bench" / "pyodide_startup.mjs", 1, ["--json", str(out)])
            plain = json.loads(out.read_text())
            plain_runs += plain["runs"]

    def median(key: str) -> float:
        return statistics.median(run[key] for run in found)

    interp = {
        "ready_ms": median("ready"),
        "first_ms": median("first"),
        "pyodide_ms": median("pyodide"),
        "wheels_and_import_ms": median("interp"),
        # Within each run: everything after loadPyodide resolved in interp's worker (the wheels,
        # importing interp, the first run, the messages); steadier than a difference of medians.
        "after_pyodide_ms": statistics.median(run["first"] - run["pyodide"] for run in found),
        "runs_first_ms": [run["first"] for run in found],
    }
    pyodide = {
        "ready_ms": statistics.median(run["ready"] for run in plain_runs),
        "first_ms": statistics.median(run["first"] for run in plain_runs),
        "load_pyodide_ms": statistics.median(run["marks"]["loadPyodide"] for run in plain_runs),
        "runs_first_ms": [run["first"] for run in plain_runs],
    }
    return {
        "pyodide_version": plain["pyodide"],
        "node": plain["node"],
        "interp": interp,
        "plain_pyodide": pyodide,
        "interp_share_ms": interp["first_ms"] - pyodide["first_ms"],
    }


def print_report(
    host: list[dict], layers: dict[str, float], node: dict | None, runs: int, node_runs: int
) -> None:
    print(f"start-up to first output on CPython {platform.python_version()}, commit {commit()}")
    print(
        f"{'host: process spawned -> first line (median of ' + str(runs) + ')':<62} {'first ms':>9} {'exit ms':>9}"
    )
    for row in host:
        print(f"  {row['label']:<60} {row['first_ms']:9.0f} {row['exit_ms']:9.0f}")
    cli, bare = host[-1]["first_ms"], host[0]["first_ms"]
    print(f"  {'interp CLI minus CPython':<60} {cli - bare:9.0f}")
    if layers:
        shown = ", ".join(f"{name} {ms:.0f}" for name, ms in layers.items() if ms >= 1)
        print(f"  CLI imports by layer (ms, one -X importtime run): {shown}")
    if node is None:
        return
    print(
        f"{'Node ' + node['node'] + ', Pyodide ' + node['pyodide_version'] + ' (median of ' + str(node_runs) + ')':<62}"
        f" {'first ms':>9} {'ready ms':>9}"
    )
    plain, interp = node["plain_pyodide"], node["interp"]
    print(
        f"  {'plain Pyodide: worker -> runPython(print(1))':<60} {plain['first_ms']:9.0f} {plain['ready_ms']:9.0f}"
    )
    print(
        f"  {'interp: load() -> first print of a sandbox':<60} {interp['first_ms']:9.0f} {interp['ready_ms']:9.0f}"
    )
    print(
        f"    (in interp's worker: Pyodide {interp['pyodide_ms']:.0f} ms, "
        f"wheels + interp import {interp['wheels_and_import_ms']:.0f} ms)"
    )
    print(f"  {'interp share: interp minus plain Pyodide':<60} {node['interp_share_ms']:9.0f}")
    print(
        f"  {'interp share: first print minus Pyodide, within each run':<60} {interp['after_pyodide_ms']:9.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each measurement (default 10)")
    parser.add_argument("--node-runs", type=int, help="runs of the Node measurements (default: --runs)")
    parser.add_argument("--no-node", action="store_true", help="only the host measurements")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "startup.json")
    args = parser.parse_args(argv)
    node_runs = args.node_runs or args.runs
    node = shutil.which("node")
    if not args.no_node and (node is None or not (DIST / "build-info.json").is_file()):
        print(
            "the Node part needs node and web/dist: run `make build` first (or pass --no-node)",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "pycache")
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO + "\n")
        host = measure_host(host_commands(sys.executable, hello), args.runs, env)
        layers = import_breakdown(sys.executable, hello, env)
    pyodide = None if args.no_node or node is None else measure_node(node, node_runs)
    print_report(host, layers, pyodide, args.runs, node_runs)
    result = {
        "commit": commit(),
        "python": platform.python_version(),
        "runs": args.runs,
        "host": host,
        "cli_import_ms_by_layer": layers,
        "node_runs": None if pyodide is None else node_runs,
        "pyodide": pyodide,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
