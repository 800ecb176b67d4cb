"""Traceback corpus: the whole stderr of a failing program equals CPython's, byte for byte.

Every program in ``tests/tracebacks/`` ends in an uncaught exception (or a syntax error).
Each runs under the host CPython (the oracle) and under ``python -m interp``, from the
same working directory with the same relative path, so the ``File "..."`` lines can
match; the two stderr texts must be identical. No expected output is written by hand.

The one normalisation: the host standard library's directory in a ``File "..."`` line
reads ``<stdlib>`` on both sides (where a frame inside a standard-library module shows,
its path follows the standard-library issue's decision, not CPython's install prefix).

``tests/tracebacks/KNOWN_DIFFERENCES.txt`` lists the programs whose stderr still differs,
each with a one-line reason. The list is strict: a listed program that matches fails
the test, so the list can only shrink.

The same corpus runs inside Pyodide against Pyodide's own CPython (3.14, whose layout the
printer follows there) with ``node tests/pyodide/run_tracebacks.mjs``; its differences
are listed in ``tests/tracebacks/KNOWN_DIFFERENCES_PYODIDE.txt``, checked here for names
of programs that no longer exist.

Set ``INTERP_TRACEBACKS_SELFTEST=1`` to run the oracle on both sides (checks the harness).
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from oracle_env import LOAD_PROOF_FLAGS, oracle_env

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "tracebacks"
KNOWN = CORPUS / "KNOWN_DIFFERENCES.txt"
KNOWN_PYODIDE = CORPUS / "KNOWN_DIFFERENCES_PYODIDE.txt"
TIMEOUT = 60.0
SELFTEST = os.environ.get("INTERP_TRACEBACKS_SELFTEST", "") not in ("", "0")
_STDLIB = sysconfig.get_paths()["stdlib"]


def _programs() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*/*.py") if p.is_file())


def _stderr(cmd: list[str]) -> tuple[int, str]:
    try:
        proc = subprocess.run(
            cmd, cwd=ROOT, env=oracle_env(), capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return -1, f"<timed out after {TIMEOUT} s>"
    text = proc.stderr.decode("utf-8", "replace")
    return proc.returncode, text.replace(f'File "{_STDLIB}/', 'File "<stdlib>/')


def _known(path: Path = KNOWN) -> dict[str, str]:
    known = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("  ")
            known[name.strip()] = reason.strip()
    return known


PROGRAMS = _programs()
KNOWN_DIFFERENCES = _known()


def test_corpus_size() -> None:
    assert len(PROGRAMS) >= 150
    ids = {str(p.relative_to(CORPUS)) for p in PROGRAMS}
    stale = sorted(set(KNOWN_DIFFERENCES) - ids)
    assert not stale, f"known differences name programs that do not exist: {stale}"
    stale = sorted(set(_known(KNOWN_PYODIDE)) - ids)
    assert not stale, f"{KNOWN_PYODIDE.name} names programs that do not exist: {stale}"


@pytest.mark.parametrize("path", PROGRAMS, ids=[str(p.relative_to(CORPUS)) for p in PROGRAMS])
def test_traceback(path: Path) -> None:
    test_id = str(path.relative_to(CORPUS))
    relative = str(path.relative_to(ROOT))
    known = KNOWN_DIFFERENCES.get(test_id)
    code, expected = _stderr([sys.executable, relative])
    assert code == 1 and expected, f"CPython must end {test_id} with an uncaught exception"
    if SELFTEST:
        actual_code, actual = _stderr([sys.executable, relative])
    else:
        # No time limit: the result must not depend on the machine's load.
        actual_code, actual = _stderr([sys.executable, "-m", "interp", *LOAD_PROOF_FLAGS, relative])
    matches = actual == expected and actual_code == code
    if known is not None:
        if matches:
            pytest.fail(f"{test_id} now matches CPython: remove it from {KNOWN.name}")
        pytest.xfail(known)
    if not matches:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                "CPython",
                "interp",
            )
        )
        pytest.fail(f"stderr differs (exit status CPython {code}, interp {actual_code}):\n{diff[-4000:]}")
