"""Check the conformance corpus against CPython.

For every program: it parses, imports only allowed modules, has 10-60 lines, runs under
CPython 3.11 (or 3.13 for py312/) in < 2 s of CPU time, gives the same stdout and exception type when
run twice with PYTHONHASHSEED=0 and once with PYTHONHASHSEED=1, the same under python3.13,
and prints no memory address.

Usage: python tests/conformance/check_corpus.py [PATH ...]
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from interp.stdlib.catalog import CATALOG  # noqa: E402 - the repository's package, by path

#: stdlib/ tests the standard library: any module the sandbox's catalog lists.
STDLIB_IMPORTS = {name.split(".")[0] for name in CATALOG}
ALLOWED_IMPORTS = {"math", "functools", "itertools", "collections", "dataclasses", "abc", "asyncio", "random"}
#: Modules allowed only when every generator gets an explicit seed (see random_problems).
SEEDED_IMPORTS = {"random"}
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+|\b0x7f[0-9a-f]{10}\b")
EXC_LINE = re.compile(r"^([A-Za-z_][\w.]*)(?::\s.*|:)?$")
MAX_SECONDS = 2.0


def exc_type(stderr: str, rc: int) -> str | None:
    if rc != 1:
        return None if rc == 0 else f"<rc {rc}>"
    for line in reversed([ln for ln in stderr.splitlines() if ln.strip()]):
        if not line[:1].isspace() and not line.startswith(("Traceback", "+")):
            m = EXC_LINE.match(line)
            if m:
                return m.group(1)
    return "<unparsed>"


def python(version: str) -> list[str]:
    exe = shutil.which(f"python{version}") or shutil.which("python3")
    return [exe]


def run(cmd, path, seed, version):
    """Run one program; return (stdout, exception type, CPU seconds, stderr).

    CPU time (user + sys of the child, from wait4) rather than wall time, so that the
    2-second budget holds on a loaded machine too.
    """
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8", PYENV_VERSION=version)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            cmd + [str(path)], env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=HERE
        )
        timer = threading.Timer(60, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if rc < 0:
        return (stdout, "<killed>", usage.ru_utime + usage.ru_stime, stderr)
    return (stdout, exc_type(stderr, rc), usage.ru_utime + usage.ru_stime, stderr)


def random_problems(tree: ast.AST) -> list[str]:
    """``random`` only with explicit seeds: ``random.seed(N)`` / ``Random(N)``, never
    ``seed()``, ``Random()`` or ``SystemRandom`` (the runs below also catch output
    that differs from one run to the next)."""
    problems: list[str] = []
    seeded = False
    for node in ast.walk(tree):
        if isinstance(node, (ast.Name, ast.Attribute)):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name == "SystemRandom":
                problems.append("uses random.SystemRandom")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        )
        if name not in ("seed", "Random"):
            continue
        explicit = bool(node.args) or any(k.arg in ("a", "x") for k in node.keywords)
        if explicit and not (
            node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value is None
        ):
            seeded = True
        else:
            problems.append(f"{name}() without an explicit seed")
    if not seeded:
        problems.append("imports random but never seeds it (random.seed(N) or random.Random(N))")
    return problems


def static_checks(path: Path, problems: list[str]) -> None:
    src = path.read_text(encoding="utf-8")
    n = len(src.splitlines())
    if not 10 <= n <= 60:
        problems.append(f"{n} lines (want 10-60)")
    if path.parent.name == "py312":
        return  # parsed by python3.13 when it runs
    try:
        tree = ast.parse(src, str(path), feature_version=(3, 11))
    except SyntaxError as e:
        problems.append(f"does not parse as 3.11: {e}")
        return
    seeded_imports: set[str] = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        for name in names:
            allowed = ALLOWED_IMPORTS | STDLIB_IMPORTS if path.parent.name == "stdlib" else ALLOWED_IMPORTS
            if name.split(".")[0] not in allowed:
                problems.append(f"imports {name}")
            elif name.split(".")[0] in SEEDED_IMPORTS:
                seeded_imports.add(name.split(".")[0])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id":
            problems.append("calls id()")
    if "random" in seeded_imports:
        problems.extend(random_problems(tree))


def check(path: Path) -> tuple[Path, list[str], str | None]:
    problems: list[str] = []
    static_checks(path, problems)
    new = path.parent.name == "py312"
    base_ver = "3.13.0" if new else "3.11.7"
    base = python("3.13") if new else [sys.executable]
    if new and sys.version_info >= (3, 12):
        base = [sys.executable]
    runs = [run(base, path, "0", base_ver), run(base, path, "0", base_ver), run(base, path, "1", base_ver)]
    first = runs[0]
    if first[1] is not None and first[1].startswith("<"):
        problems.append(f"abnormal end {first[1]}: {first[3][-300:]}")
    if first[1] == "SyntaxError":
        problems.append("SyntaxError")
    for other in runs[1:]:
        if other[:2] != first[:2]:
            problems.append("not deterministic across runs / hash seeds")
            break
    if max(r[2] for r in runs) > MAX_SECONDS:
        problems.append(f"slow: {max(r[2] for r in runs):.2f} s CPU")
    if ADDRESS.search(first[0]):
        problems.append("prints a memory address")
    if not new:
        r313 = run(python("3.13"), path, "0", "3.13.0")
        if r313[:2] != first[:2]:
            problems.append(f"differs under 3.13 (exc {first[1]} vs {r313[1]})")
    return path, problems, first[1]


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or sorted(HERE.glob("*/*.py"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        results = list(pool.map(check, paths))
    per_topic: Counter[str] = Counter()
    raising: Counter[str] = Counter()
    bad = 0
    for path, problems, exc in results:
        per_topic[path.parent.name] += 1
        if exc:
            raising[path.parent.name] += 1
        if problems:
            bad += 1
            print(f"FAIL {path.relative_to(HERE)}: " + "; ".join(problems))
    print(f"{'topic':<18} {'programs':>8} {'raising':>8}")
    for topic in sorted(per_topic):
        print(f"{topic:<18} {per_topic[topic]:>8} {raising[topic]:>8}")
    print(
        f"total: {len(results)} programs, {sum(raising.values())} end with an exception, {bad} with problems"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
