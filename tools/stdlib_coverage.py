"""The standard-library modules the conformance corpus covers, and how many of its
programs pass on each runner: the table of issue 14's closing note.

For each module of :data:`MODULES` (the issue's list), the programs of
``tests/conformance`` that import it (``import M``, ``import M.sub``, ``from M import``,
``from M.sub import``; ``os.path`` also counts ``import os`` with ``os.path`` in the
text), the module's source from ``interp/stdlib/catalog.py``, and how many of those
programs pass on the host and in Pyodide.  "Passing" is read from the strict lists
``KNOWN_FAILURES.txt`` and ``KNOWN_FAILURES_PYODIDE.txt``: both runners fail a listed
program that passes and an unlisted one that fails, so the lists are exactly the failures
of the last green ``make test``.

    python tools/stdlib_coverage.py [--markdown]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "conformance"

#: The modules issue 14 names, in its order, and the sandbox's own that programs use most.
MODULES = [
    *("re json string textwrap difflib csv base64 binascii struct hashlib hmac uuid html").split(),
    *("html.parser urllib.parse unicodedata shlex fnmatch pprint reprlib").split(),
    *("cmath statistics fractions decimal numbers").split(),
    *("heapq bisect array copy enum typing types contextlib weakref graphlib dataclasses").split(),
    *("collections queue datetime zoneinfo calendar io os.path traceback warnings logging").split(),
    *("unittest doctest ast asyncio functools itertools operator math random time abc").split(),
]
#: The issue's minimum number of programs per module (5 for the others).
MINIMUM = {"re": 40, "json": 20, "datetime": 20, "typing": 20, "enum": 20}


def imported(path: Path) -> set[str]:
    """Every module name ``path`` imports, with its parents (``a.b`` gives ``a``, ``a.b``)."""
    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()  # programs of later syntax than the host's: none is a stdlib program
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            full = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            full = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in full:
            parts = name.split(".")
            names.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    if "os" in names and "os.path" in source:
        names.add("os.path")
    return names


def listed(name: str) -> set[str]:
    """The programs a known-failures file lists."""
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def table() -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from interp.stdlib.catalog import _SOURCE_WORDS, CATALOG

    host_failing, pyodide_failing = listed("KNOWN_FAILURES.txt"), listed("KNOWN_FAILURES_PYODIDE.txt")
    programs = {str(p.relative_to(CORPUS)): imported(p) for p in sorted(CORPUS.rglob("*.py"))}
    rows = []
    for module in MODULES:
        users = [name for name, names in programs.items() if module in names]
        entry = CATALOG.get(module) or CATALOG.get("posixpath" if module == "os.path" else module)
        rows.append(
            {
                "module": module,
                "source": _SOURCE_WORDS[entry.source] if entry else "(not in the catalog)",
                "programs": len(users),
                "host": sum(name not in host_failing for name in users),
                "pyodide": sum(name not in host_failing | pyodide_failing for name in users),
                "minimum": MINIMUM.get(module, 5),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = parser.parse_args(argv)
    rows = table()
    if args.markdown:
        print("| module | source | programs | pass on 3.11 | pass in Pyodide (3.14) |")
        print("| --- | --- | --- | --- | --- |")
        for r in rows:
            print(f"| `{r['module']}` | {r['source']} | {r['programs']} | {r['host']} | {r['pyodide']} |")
    else:
        for r in rows:
            short = " (below the minimum)" if r["programs"] < r["minimum"] else ""
            print(
                f"{r['module']:<14} {r['source']:<28} {r['programs']:4d} {r['host']:4d} {r['pyodide']:4d}{short}"
            )
    total = {key: sum(r[key] for r in rows) for key in ("programs", "host", "pyodide")}
    print(
        f"\n{len(rows)} modules; program-module pairs {total['programs']}, host {total['host']}, Pyodide {total['pyodide']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
