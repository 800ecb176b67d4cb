"""CPython's own test suites for pure-Python modules, run inside the sandbox (issue 14).

The suites are read at run time from the host CPython's ``Lib/test`` (never copied)
and granted to the sandbox as modules, with a small ``test.support`` of our own
(``tests/cpython_suites/``). Each must run as many tests as it runs under the host's
CPython, with no failure and no error (a suite's C variants run over the sandbox's
native modules, such as ``_heapq``, or skip themselves where there is none). ``make cpython-tests``
runs this file alone, verbosely.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from interp import Limits, Sandbox

LIB_TEST = Path(sysconfig.get_paths()["stdlib"]) / "test"
SUPPORT = Path(__file__).resolve().parent / "cpython_suites"
SUITES = ["test_textwrap", "test_heapq"]

_RUNNER = """
import unittest
import {module} as suite
result = unittest.main(module=suite, exit=False, verbosity=0).result
print("counts", result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
for test, text in result.failures + result.errors:
    print("FAILED", test)
    print(text)
"""


def _counts(stdout: str) -> tuple[int, int, int, int]:
    for line in stdout.splitlines():
        if line.startswith("counts "):
            ran, failures, errors, skipped = map(int, line.split()[1:])
            return ran, failures, errors, skipped
    raise AssertionError(f"no counts in the output:\n{stdout}")


def _run_in_sandbox(name: str) -> tuple[tuple[int, int, int, int], str]:
    modules = {
        name: (LIB_TEST / f"{name}.py").read_text(encoding="utf-8"),
        "test": "",
        "test.support": (SUPPORT / "support.py").read_text(encoding="utf-8"),
        "test.support.import_helper": (SUPPORT / "import_helper.py").read_text(encoding="utf-8"),
    }
    unlimited = Limits(timeout=None, max_wall=None, max_steps=None)
    result = Sandbox(modules=modules, limits=unlimited).run(_RUNNER.format(module=name))
    assert result.ok, result.stderr[-3000:]
    return _counts(result.stdout), result.stdout


def _run_under_cpython(name: str) -> tuple[int, int, int, int]:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER.format(module=f"test.{name}")],
        capture_output=True,
        text=True,
        timeout=600,
        env={"PYTHONHASHSEED": "0", "PATH": ""},
    )
    return _counts(done.stdout)


@pytest.mark.parametrize("name", SUITES)
def test_cpython_suite_passes_inside_the_sandbox(name: str) -> None:
    if not (LIB_TEST / f"{name}.py").exists():
        pytest.skip(f"this CPython has no {LIB_TEST / name}.py (its test package is not installed)")
    (ran, failures, errors, skipped), stdout = _run_in_sandbox(name)
    cpython_ran, _, _, cpython_skipped = _run_under_cpython(name)
    print(
        f"{name}: {ran - skipped}/{ran} passed, {skipped} skipped in the sandbox; CPython ran {cpython_ran}, skipped {cpython_skipped}"
    )
    assert (failures, errors) == (0, 0), stdout
    assert ran == cpython_ran
