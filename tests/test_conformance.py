"""Conformance corpus: every program in tests/conformance runs under CPython and under interp.

stdout and the type of the uncaught exception (if any) must be identical. CPython is the
oracle; no expected output is written by hand. Programs in ``tests/conformance/py312/`` use
syntax newer than Python 3.11 and take Python 3.13 as their oracle.

Set ``INTERP_CONFORMANCE_SELFTEST=1`` to run the oracle on both sides (checks the harness).
A per-topic summary is written to ``test-reports/conformance.txt``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from oracle_env import LOAD_PROOF_FLAGS, oracle_env

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "conformance"
REPORT_DIR = ROOT / "test-reports"
REPORT = REPORT_DIR / "conformance.txt"
NEW_SYNTAX_DIR = "py312"
#: A hang guard only: interp runs with a step limit instead of its time limits (below).
INTERP_TIMEOUT = 600.0
ORACLE_TIMEOUT = 60.0
SELFTEST = os.environ.get("INTERP_CONFORMANCE_SELFTEST", "") not in ("", "0")


@dataclass(frozen=True)
class Outcome:
    stdout: str
    exc_type: str | None
    returncode: int
    stderr: str


def _programs() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*/*.py") if p.is_file())


def _topic(path: Path) -> str:
    return path.relative_to(CORPUS).parts[0]


def _load_harness_parser():
    """The uncaught exception's parser, shared with the Pyodide runner's harness."""
    spec = importlib.util.spec_from_file_location(
        "conformance_harness", Path(__file__).parent / "pyodide" / "harness.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.exception_type


#: The uncaught exception's type from a CPython-style traceback on stderr.
_exception_type = _load_harness_parser()


def _oracle_cmd(path: Path) -> list[str] | None:
    if _topic(path) == NEW_SYNTAX_DIR and sys.version_info < (3, 12):
        exe = shutil.which("python3.13")
        if exe is None:
            return None
        return [exe, str(path)]
    return [sys.executable, str(path)]


def _oracle_env(path: Path) -> dict[str, str]:
    env = oracle_env()
    if _topic(path) == NEW_SYNTAX_DIR and sys.version_info < (3, 12):
        # The pyenv shim reads PYENV_VERSION, which pyenv itself already sets for us.
        env["PYENV_VERSION"] = "3.13.0"
    return env


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> Outcome:
    try:
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Outcome("", "<timeout>", -1, f"timed out after {timeout} s")
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    exc = _exception_type(stderr) if proc.returncode == 1 else None
    return Outcome(stdout, exc, proc.returncode, stderr)


_ORACLE_CACHE: dict[Path, Outcome] = {}


def _oracle(path: Path) -> Outcome:
    if path not in _ORACLE_CACHE:
        cmd = _oracle_cmd(path)
        if cmd is None:
            pytest.skip("python3.13 is not available for the py312 oracle")
        _ORACLE_CACHE[path] = _run(cmd, _oracle_env(path), ORACLE_TIMEOUT)
    return _ORACLE_CACHE[path]


def _interp(path: Path) -> Outcome:
    if SELFTEST:
        cmd = _oracle_cmd(path)
        if cmd is None:
            pytest.skip("python3.13 is not available for the py312 oracle")
        return _run(cmd, _oracle_env(path), INTERP_TIMEOUT)
    return _run([sys.executable, "-m", "interp", *LOAD_PROOF_FLAGS, str(path)], oracle_env(), INTERP_TIMEOUT)


# --- per-topic report ---------------------------------------------------------------------

_RESULTS: dict[str, bool] = {}


def _write_report() -> None:
    if not _RESULTS:
        return
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    results = dict(_RESULTS)
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if run_id and worker:  # under xdist: each worker saves its part, the report merges all parts
        all_parts = REPORT_DIR / ".conformance-parts"
        parts = all_parts / run_id
        parts.mkdir(parents=True, exist_ok=True)
        for stale in all_parts.iterdir():  # parts of earlier runs
            if stale != parts:
                shutil.rmtree(stale, ignore_errors=True)
        (parts / f"{worker}.json").write_text(json.dumps(results))
        for part in parts.glob("*.json"):
            try:
                results.update(json.loads(part.read_text()))
            except (OSError, ValueError):
                pass
    topics: dict[str, list[str]] = {}
    failures: dict[str, list[str]] = {}
    for test_id, ok in sorted(results.items()):
        topic = test_id.split("/", 1)[0]
        topics.setdefault(topic, [])
        topics[topic].append(test_id)
        if not ok:
            failures.setdefault(topic, []).append(test_id)
    total = len(results)
    passed = sum(results.values())
    lines = [
        "interp conformance" + (" (SELFTEST: CPython on both sides)" if SELFTEST else ""),
        f"total: {passed}/{total} passed, {total - passed} failed",
        "",
        f"{'topic':<20} {'passed':>7} {'failed':>7} {'total':>7}",
    ]
    for topic, ids in sorted(topics.items()):
        n_fail = len(failures.get(topic, []))
        lines.append(f"{topic:<20} {len(ids) - n_fail:>7} {n_fail:>7} {len(ids):>7}")
    if failures:
        lines += ["", "failed:"]
        for topic in sorted(failures):
            lines += [f"  {test_id}" for test_id in failures[topic]]
    REPORT.write_text("\n".join(lines) + "\n")


@pytest.fixture(scope="module", autouse=True)
def _conformance_report():
    yield
    _write_report()


# --- the test -----------------------------------------------------------------------------

PROGRAMS = _programs()


def _known_failures() -> dict[str, str]:
    known = {}
    for line in (CORPUS / "KNOWN_FAILURES.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("  ")
            known[name.strip()] = reason.strip()
    return known


KNOWN_FAILURES = _known_failures()


@pytest.mark.parametrize("path", PROGRAMS, ids=[str(p.relative_to(CORPUS)) for p in PROGRAMS])
def test_conformance(path: Path) -> None:
    test_id = str(path.relative_to(CORPUS))
    known = KNOWN_FAILURES.get(test_id)
    try:
        _check(path, test_id)
    except AssertionError:
        if known is not None:
            pytest.xfail(known)
        raise
    if known is not None:
        pytest.fail(f"{test_id} now matches CPython: remove it from the known failures")


def _check(path: Path, test_id: str) -> None:
    _RESULTS[test_id] = False
    expected = _oracle(path)
    assert expected.exc_type != "<timeout>", f"CPython timed out on {test_id}"
    actual = _interp(path)
    assert actual.exc_type != "<timeout>", f"interp timed out after {INTERP_TIMEOUT} s"
    assert actual.stdout == expected.stdout, f"stdout differs\n--- interp stderr ---\n{actual.stderr[-3000:]}"
    assert actual.exc_type == expected.exc_type, (
        f"exception type differs: interp {actual.exc_type!r}, CPython {expected.exc_type!r}\n"
        f"--- interp stderr ---\n{actual.stderr[-3000:]}"
    )
    if expected.returncode in (0, 1):
        assert actual.returncode == expected.returncode
    _RESULTS[test_id] = True
