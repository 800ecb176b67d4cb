"""The whole host standard library through interp's parser.

Every ``.py`` file under the host CPython's ``Lib/`` (without test suites, lib2to3
test data and site-packages) that ``ast.parse`` accepts must be accepted (at least
99.5% of them), and the trees are compared with CPython's.  The oracle is the host;
our f-string parts are flattened to the whole literal's position first when the host
is older than 3.12 (see tests/cpython_ast.py).  Files whose tree still differs are
re-checked against Python 3.13, when installed, which gives exact f-string positions.

A report with counts and every failure or mismatch goes to
``test-reports/stdlib_parse.txt``.
"""

from __future__ import annotations

import ast
import json
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from cpython_ast import dump_tree, flatten_fstring_positions

from interp.syntax import nodes
from interp.syntax.parser import parse

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "test-reports" / "stdlib_parse.txt"
EXCLUDED_DIRS = {"test", "tests", "site-packages", "idle_test", "__pycache__"}


def stdlib_files() -> list[str]:
    base = Path(sysconfig.get_paths()["stdlib"])
    found = []
    for directory, dirs, files in os.walk(base):
        parts = Path(directory).relative_to(base).parts
        dirs[:] = sorted(d for d in dirs if d not in EXCLUDED_DIRS)
        if "lib2to3" in parts and ("tests" in parts or "data" in parts):
            continue
        found += [os.path.join(directory, f) for f in sorted(files) if f.endswith(".py")]
    return found


def check_file(path: str) -> tuple[str, str, str]:
    """(path, status, detail): status is skip, fail, mismatch or match."""
    try:
        with open(path, "rb") as f:
            source = f.read().decode("utf-8")
        tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, ValueError) as exc:
        return path, "skip", type(exc).__name__
    try:
        ours = parse(source, path)
    except SyntaxError as exc:
        return path, "fail", f"{type(exc).__name__}: {exc.msg} (line {exc.lineno}, offset {exc.offset})"
    except Exception as exc:  # noqa: BLE001 - any other exception is a bug to report
        return path, "fail", f"CRASH {type(exc).__name__}: {exc}"
    if sys.version_info < (3, 12):
        flatten_fstring_positions(ours)
    ours_dump = nodes.dump(ours)
    expected = dump_tree(tree, source)
    if ours_dump == expected:
        return path, "match", ""
    return path, "mismatch", _first_difference(ours_dump, expected)


def _first_difference(a: str, b: str) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"ours: ...{a[max(0, i - 120) : i + 80]}\n      cpython: ...{b[max(0, i - 120) : i + 80]}"


def _recheck_with_313(paths: list[str]) -> set[str]:
    """The paths among ``paths`` whose tree matches Python 3.13's exactly."""
    if not paths:
        return set()
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    sources = [Path(p).read_text(encoding="utf-8") for p in paths]
    try:
        out = subprocess.run(
            ["python3.13", str(ROOT / "tests" / "cpython_ast.py")],
            input=json.dumps([[s, "exec"] for s in sources]),
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    matched = set()
    for path, source, expected in zip(paths, sources, json.loads(out.stdout)):
        if isinstance(expected, str) and nodes.dump(parse(source, path)) == expected:
            matched.add(path)
    return matched


def test_stdlib_parses() -> None:
    files = stdlib_files()
    started = time.perf_counter()
    with multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn").Pool(2) as pool:
        results = pool.map(check_file, files, chunksize=8)
    elapsed = time.perf_counter() - started
    by_status: dict[str, list[tuple[str, str]]] = {"skip": [], "fail": [], "mismatch": [], "match": []}
    for path, status, detail in results:
        by_status[status].append((path, detail))
    considered = len(files) - len(by_status["skip"])
    accepted = considered - len(by_status["fail"])
    mismatched = [path for path, _ in by_status["mismatch"]]
    match_313 = _recheck_with_313(mismatched)
    exact = len(by_status["match"])

    lines = [
        f"stdlib: {sysconfig.get_paths()['stdlib']} (Python {sys.version.split()[0]})",
        f"files found: {len(files)}; rejected by ast.parse or not UTF-8 (excluded): {len(by_status['skip'])}",
        f"accepted by interp: {accepted}/{considered} ({100 * accepted / considered:.2f}%)",
        f"AST identical to the host's: {exact}/{accepted} ({100 * exact / max(accepted, 1):.2f}%)",
        f"of the {len(mismatched)} others, identical to Python 3.13's: {len(match_313)}"
        " (3.11 gives f-string parts imprecise positions)",
        f"time: {elapsed:.1f} s",
        "",
        "FAILURES (rejected by interp):",
    ]
    lines += [f"  {path}: {detail}" for path, detail in by_status["fail"]] or ["  none"]
    lines += ["", "MISMATCHES (tree differs from the host's):"]
    for path, detail in by_status["mismatch"]:
        note = " [matches 3.13 exactly]" if path in match_313 else ""
        lines.append(f"  {path}{note}\n      {detail}")
    if not by_status["mismatch"]:
        lines.append("  none")
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert accepted / considered >= 0.995, f"see {REPORT}"
    # Every tree must agree with CPython: the host's, or 3.13's where 3.11 is imprecise.
    real_mismatches = [p for p in mismatched if p not in match_313]
    assert len(real_mismatches) <= 0.005 * accepted, f"see {REPORT}"
