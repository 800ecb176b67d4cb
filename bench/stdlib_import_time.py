"""Import time of CPython's own modules inside the sandbox, against CPython's import of the
same module in a fresh process (``python -X importtime``).

For each module: CPython's cumulative import time in a fresh interpreter (the
``-X importtime`` line of the module itself, best of a few runs), then the sandbox's
``import`` in a first sandbox of a fresh process (reading, parsing and analysing the
files, then running them) and in a second sandbox of the same process (the parsed trees
are shared: running the module code only).  The target (issue 14) is the second sandbox
within 20x CPython.

    python bench/stdlib_import_time.py [--eager | --both] [--cpu] [--sandboxes=N] [MODULE...]
    python bench/stdlib_import_time.py --pyodide [--cpu] [MODULE...]

``--eager`` compiles every function body at import, as before bodies were compiled on
their first call (interp/compiler/lazy.py); ``--both`` adds that second-sandbox time as
columns, for a before/after comparison under the same machine load.  ``--cpu`` times
process time on both sides (see :data:`CPU`).  ``--sandboxes=N`` imports in N sandboxes
per process and adds the mean of the later ones, which counts what the best one leaves
out: the host's full collections that free earlier sandboxes.

``--pyodide`` prints the same table measured inside Pyodide under Node
(bench/stdlib_import_time_pyodide.mjs, which says how it times CPython's import there:
Pyodide cannot start a fresh process, so the modules a fresh ``python -I -S`` would not
hold yet are taken out of ``sys.modules`` around the timed import; the fresh process's
list comes from here).  Its modules by default: :data:`PYODIDE_MODULES`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

MODULES = [
    "json",
    "re",
    "datetime",
    "typing",
    "enum",
    "textwrap",
    "string",
    "pprint",
    "copy",
    "heapq",
    "collections",
    "functools",
    "dataclasses",
    "asyncio",
]
RUNS = 3
#: The modules of the Pyodide table (issue 14).
PYODIDE_MODULES = ["json", "re", "datetime", "typing", "dataclasses", "enum"]
#: Where the Pyodide half lives.
PYODIDE_SCRIPT = Path(__file__).with_name("stdlib_import_time_pyodide.mjs")

_CHILD = r"""
import json, sys, time
import interp
name = sys.argv[1]
clock = time.process_time if "cpu" in sys.argv[2:] else time.perf_counter
if "eager" in sys.argv[2:]:
    import interp.compiler.lazy
    interp.compiler.lazy.plan = lambda tree: {}
count = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 2
times = []
for _ in range(count):
    sandbox = interp.Sandbox()
    start = clock()
    result = sandbox.run(f"import {name}")
    times.append(clock() - start)
    assert result.ok, result.error
print(json.dumps(times))
"""


#: ``--cpu``: CPython's import timed in process time in a fresh process.
_CPYTHON_CPU = "import time; t = time.process_time(); import {name}; print(time.process_time() - t)"

#: Measure process (CPU) time on both sides instead of wall time (``--cpu``): on a loaded
#: machine the wall time of the sandbox, which runs far longer, counts the time slices
#: other processes take far more often than CPython's few milliseconds do.
CPU = False


def cpython_import_us(name: str) -> int:
    """Best cumulative ``-X importtime`` of ``name`` itself in a fresh CPython (with
    ``--cpu``, its process time around the ``import``)."""
    if CPU:
        times = []
        for _ in range(RUNS):
            done = subprocess.run(
                [sys.executable, "-I", "-S", "-c", _CPYTHON_CPU.format(name=name)],
                capture_output=True,
                text=True,
                check=True,
            )
            times.append(float(done.stdout))
        return int(min(times) * 1e6)
    best = None
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-I", "-S", "-X", "importtime", "-c", f"import {name}"],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s?( *)(\S+)$", line)
            if match and match.group(3) == name and not match.group(2):
                value = int(match.group(1))
                best = value if best is None else min(best, value)
    return best or 0


def _child(name: str, eager: bool, sandboxes: int = 2) -> tuple[float, float, float]:
    """(first sandbox, best of the later ones, their mean) seconds of ``import name``, in
    a fresh process that imports it in ``sandboxes`` sandboxes one after the other."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            name,
            str(sandboxes),
            *(["eager"] if eager else []),
            *(["cpu"] if CPU else []),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    first, *later = json.loads(done.stdout.strip().splitlines()[-1])
    return first, min(later), sum(later) / len(later)


def sandbox_import_s(
    name: str, modes: tuple[bool, ...] = (False,), sandboxes: int = 2
) -> list[tuple[float, float, float]]:
    """(first sandbox, best later sandbox, mean of the later ones) seconds, in a fresh
    process, for each mode (eager bodies or not), best of RUNS; the modes alternate, so
    that a change of the machine's load weighs on each alike."""
    runs: list[list[tuple[float, float, float]]] = [[] for _ in modes]
    for _ in range(RUNS):
        for i, eager in enumerate(modes):
            runs[i].append(_child(name, eager, sandboxes))
    return [tuple(min(r[k] for r in mode) for k in range(3)) for mode in runs]  # type: ignore[misc]


def _times(ratio: float) -> str:
    return f"{ratio:.1f}x" if ratio < 10 else f"{ratio:.0f}x"


def main(names: list[str], eager: bool = False, both: bool = False, sandboxes: int = 2) -> None:
    """Print the table; ``sandboxes`` > 2 adds the mean of sandboxes 2 to ``sandboxes``
    of a process, which counts the full collections of the host's cyclic collector
    that free earlier sandboxes (every second or third sandbox pays one)."""
    header = "| module | CPython fresh | sandbox, first | sandbox, second | second / CPython |"
    if sandboxes > 2:
        header += f" later {sandboxes - 1}, mean |"
    if both:
        header += " second, eager bodies | eager / CPython |"
    print(header)
    print("|" + " --- |" * (header.count("|") - 1), flush=True)
    for name in names:
        cpython_ms = cpython_import_us(name) / 1000
        modes = (False, True) if both else (eager,)
        results = sandbox_import_s(name, modes, sandboxes)
        first, second, mean = results[0]
        ratio = second * 1000 / cpython_ms if cpython_ms else float("nan")
        row = f"| `{name}` | {cpython_ms:.1f} ms | {first * 1000:.0f} ms | {second * 1000:.0f} ms | {_times(ratio)} |"
        if sandboxes > 2:
            row += f" {mean * 1000:.0f} ms |"
        if both:
            before = results[1][1]
            before_ratio = before * 1000 / cpython_ms if cpython_ms else float("nan")
            row += f" {before * 1000:.0f} ms | {_times(before_ratio)} |"
        print(row, flush=True)


def fresh_modules() -> list[str]:
    """The modules a fresh ``python -I -S`` holds before it runs anything: what the
    Pyodide half leaves in ``sys.modules`` when it times CPython's own import."""
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", "import sys; print(','.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().split(",")


def pyodide(names: list[str]) -> int:
    """Run the Pyodide half (Node) on ``names``; its table goes to stdout as it comes."""
    command = ["node", str(PYODIDE_SCRIPT), f"--baseline={','.join(fresh_modules())}"]
    if CPU:
        command.append("--cpu")
    return subprocess.run([*command, *names], cwd=PYODIDE_SCRIPT.parent.parent).returncode


if __name__ == "__main__":
    arguments = sys.argv[1:]
    flags = {"--eager", "--both", "--cpu", "--pyodide"}
    CPU = "--cpu" in arguments
    count = [int(a.split("=", 1)[1]) for a in arguments if a.startswith("--sandboxes=")]
    arguments = [a for a in arguments if not a.startswith("--sandboxes=")]
    if "--pyodide" in arguments:
        sys.exit(pyodide([a for a in arguments if a not in flags] or PYODIDE_MODULES))
    main(
        [a for a in arguments if a not in flags] or MODULES,
        eager="--eager" in arguments,
        both="--both" in arguments,
        sandboxes=count[0] if count else 2,
    )
