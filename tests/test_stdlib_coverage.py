"""Every standard-library module issue 14 names has its conformance programs.

The corpus compares each program with CPython on the host and in Pyodide; this checks
that the corpus keeps covering each module at least as often as the issue asks (5
programs, 40 for ``re``, 20 each for ``json``, ``datetime``, ``typing`` and ``enum``),
and that each module is one the sandbox can import (in the catalog).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import stdlib_coverage  # noqa: E402

ROWS = {row["module"]: row for row in stdlib_coverage.table()}


@pytest.mark.parametrize("module", sorted(ROWS))
def test_module_has_its_programs(module: str) -> None:
    row = ROWS[module]
    assert row["source"] != "(not in the catalog)", f"{module} is not importable in the sandbox"
    assert row["programs"] >= row["minimum"], f"{module}: {row['programs']} programs, {row['minimum']} asked"
