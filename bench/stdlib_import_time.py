"""Import time of CPython's own modules inside the sandbox, against CPython's import of the
same module in a fresh process (``python -X importtime``).

For each module: CPython's cumulative import time in a fresh interpreter (the
``-X importtime`` line of the module itself, best of a few runs), then the sandbox's
``import`` in a first sandbox of a fresh process (reading, parsing and analysing the
files, then running them) and in a second sandbox of the same process (the parsed trees
are shared: running the module code only).  The target (issue 14) is the second sandbox
within 20x CPython.

    python bench/stdlib_import_time.py [MODULE...]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

MODULES = ["json", "re", "datetime", "enum", "textwrap", "string", "heapq", "copy", "pprint"]
RUNS = 3

_CHILD = r"""
import json, sys, time
import interp
name = sys.argv[1]
times = []
for _ in range(2):
    sandbox = interp.Sandbox()
    start = time.perf_counter()
    result = sandbox.run(f"import {name}")
    times.append(time.perf_counter() - start)
    assert result.ok, result.error
print(json.dumps(times))
"""


def cpython_import_us(name: str) -> int:
    """Best cumulative ``-X importtime`` of ``name`` itself in a fresh CPython."""
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


def sandbox_import_s(name: str) -> tuple[float, float]:
    """(first sandbox, second sandbox) seconds, in a fresh process."""
    firsts, seconds = [], []
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, name], capture_output=True, text=True, check=True
        )
        first, second = json.loads(done.stdout.strip().splitlines()[-1])
        firsts.append(first)
        seconds.append(second)
    return min(firsts), min(seconds)


def main(names: list[str]) -> None:
    print("| module | CPython fresh | sandbox, first | sandbox, second | second / CPython |")
    print("| --- | --- | --- | --- | --- |")
    for name in names:
        cpython_ms = cpython_import_us(name) / 1000
        first, second = sandbox_import_s(name)
        ratio = second * 1000 / cpython_ms if cpython_ms else float("nan")
        print(
            f"| `{name}` | {cpython_ms:.1f} ms | {first * 1000:.0f} ms | {second * 1000:.0f} ms | {ratio:.0f}x |"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or MODULES)
