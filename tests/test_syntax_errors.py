"""Syntax-error corpus: interp must raise the SyntaxError CPython raises.

Every file in ``tests/syntax_errors/cases/`` is an invalid program.  CPython is the
oracle (``compile(..., PyCF_ONLY_AST)``: errors of the parser and tokenizer, not of
the compiler); no message is written by hand.  Files under ``cases/py312/`` use
syntax newer than Python 3.11 and take Python 3.13 as their oracle.

Compared fields: class, ``msg``, ``lineno``, ``offset``, ``end_lineno``,
``end_offset``.  Cases listed in ``tests/syntax_errors/must_match.txt`` must match on
class, message and line (a regression fails the test); the cases in
``must_match_exact.txt`` must match on all six fields.  Everything else is reported
as rates, with every mismatch listed, in ``test-reports/syntax_errors.txt``.

``python tests/test_syntax_errors.py --update`` rewrites both lists from the cases
that match today (run it after an improvement, never to hide a regression).
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "syntax_errors" / "cases"
MUST_MATCH = ROOT / "tests" / "syntax_errors" / "must_match.txt"
MUST_MATCH_EXACT = ROOT / "tests" / "syntax_errors" / "must_match_exact.txt"
REPORT = ROOT / "test-reports" / "syntax_errors.txt"
NEW_SYNTAX_DIR = "py312"
FIELDS = ("class", "msg", "lineno", "offset", "end_lineno", "end_offset")

Result = tuple[str, str, int | None, int | None, int | None, int | None] | None

_ORACLE_SCRIPT = """
import ast, json, sys
out = {}
for name, src in json.load(sys.stdin).items():
    try:
        compile(src, "<file>", "exec", ast.PyCF_ONLY_AST)
        out[name] = None
    except SyntaxError as e:
        out[name] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
json.dump(out, sys.stdout)
"""


def _cases() -> list[str]:
    return sorted(str(p.relative_to(CASES).with_suffix("")) for p in CASES.rglob("*.py"))


def _source(name: str) -> str:
    return (CASES / f"{name}.py").read_bytes().decode("utf-8")


def _host_oracle(source: str) -> Result:
    try:
        compile(source, "<file>", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return None


@cache
def _new_syntax_oracle() -> dict[str, Result] | None:
    """All py312 cases through Python 3.13 in one subprocess (None if unavailable)."""
    names = [n for n in _cases() if n.startswith(NEW_SYNTAX_DIR + "/")]
    if sys.version_info >= (3, 12):
        return {n: _host_oracle(_source(n)) for n in names}
    exe = shutil.which("python3.13")
    if exe is None:
        return None
    env = dict(os.environ)
    if "pyenv" in exe:
        # A pyenv shim: the parent's PYENV_VERSION (set by its own shim) would pick
        # the host's Python, which has no python3.13.
        env["PYENV_VERSION"] = "3.13.0"
    proc = subprocess.run(
        [exe, "-c", _ORACLE_SCRIPT],
        input=json.dumps({n: _source(n) for n in names}),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if proc.returncode != 0:
        return None
    return {n: (tuple(v) if v is not None else None) for n, v in json.loads(proc.stdout).items()}  # type: ignore[misc]


def oracle(name: str) -> Result:
    if name.startswith(NEW_SYNTAX_DIR + "/"):
        results = _new_syntax_oracle()
        if results is None:
            pytest.skip("python3.13 is not available for the py312 oracle")
        return results[name]
    return _host_oracle(_source(name))


def interp_result(name: str) -> Result | str:
    """interp's error for the case, or a string describing what went wrong instead."""
    from interp.syntax.parser import parse

    try:
        parse(_source(name), "<file>")
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:  # noqa: BLE001 - any other exception is a bug to report
        return f"raised {type(e).__name__}: {e}"
    return "parsed without error"


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [
        line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")
    ]


@cache
def _all_results() -> dict[str, tuple[Result, Result | str]]:
    out = {}
    for name in _cases():
        try:
            expected = oracle(name)
        except pytest.skip.Exception:
            continue
        out[name] = (expected, interp_result(name))
    return out


def _field_matches(expected: Result, got: Result | str) -> list[bool]:
    if expected is None or not isinstance(got, tuple):
        return [False] * len(FIELDS)
    return [a == b for a, b in zip(expected, got)]


def _write_report(results: dict[str, tuple[Result, Result | str]]) -> None:
    total = len(results)
    counts = [0] * len(FIELDS)
    all_match = 0
    lines: list[str] = []
    for name, (expected, got) in results.items():
        matches = _field_matches(expected, got)
        for i, ok in enumerate(matches):
            counts[i] += ok
        all_match += all(matches)
        if not all(matches):
            lines.append(f"{name}\n    cpython: {expected}\n    interp:  {got}")
    header = [
        f"syntax-error corpus: {total} cases (CPython {sys.version.split()[0]} oracle; py312/ cases: 3.13)",
        *(
            f"  {field:<11} {counts[i]:>4}/{total} = {100 * counts[i] / max(total, 1):5.1f}%"
            for i, field in enumerate(FIELDS)
        ),
        f"  {'all fields':<11} {all_match:>4}/{total} = {100 * all_match / max(total, 1):5.1f}%",
        "",
        f"mismatches ({total - all_match}):",
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(header + lines) + "\n")


def test_corpus_is_invalid_python() -> None:
    """Every case must be rejected by its oracle, or it tests nothing."""
    for name in _cases():
        try:
            expected = oracle(name)
        except pytest.skip.Exception:
            continue
        assert expected is not None, f"{name} is valid Python: remove it from the corpus"


def test_report() -> None:
    """Writes the match rates and every mismatch; fails only on crashes."""
    results = _all_results()
    _write_report(results)
    crashes = [f"{n}: {g}" for n, (_, g) in results.items() if isinstance(g, str) and g.startswith("raised")]
    assert not crashes, "diagnostics raised something other than SyntaxError:\n" + "\n".join(crashes)


@pytest.mark.parametrize("name", _read_list(MUST_MATCH))
def test_must_match(name: str) -> None:
    expected, got = _all_results()[name]
    assert isinstance(got, tuple), got
    assert got[:3] == expected[:3], f"{name}: expected {expected}, got {got}"  # type: ignore[index]


@pytest.mark.parametrize("name", _read_list(MUST_MATCH_EXACT))
def test_must_match_exact(name: str) -> None:
    expected, got = _all_results()[name]
    assert got == expected, f"{name}: expected {expected}, got {got}"


def _update_lists() -> None:
    results = _all_results()
    _write_report(results)
    loose = [n for n, (e, g) in results.items() if all(_field_matches(e, g)[:3])]
    exact = [n for n, (e, g) in results.items() if all(_field_matches(e, g))]
    note = "# generated by `python tests/test_syntax_errors.py --update`; keep regressions out\n"
    MUST_MATCH.write_text(note + "\n".join(loose) + "\n")
    MUST_MATCH_EXACT.write_text(note + "\n".join(exact) + "\n")
    print(f"{len(loose)} must match (class/msg/line), {len(exact)} exactly, of {len(results)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--update" in sys.argv:
        _update_lists()
    else:
        _write_report(_all_results())
        print(REPORT.read_text())
