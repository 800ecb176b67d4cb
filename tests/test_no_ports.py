"""No code of CPython's is copied into the repository (issue 14, "No ports").

The sandbox runs CPython's own pure-Python files, read at run time from the running
interpreter's library; our own files are written in our own words. The measure is the
team's (``../shared/tools/no_ports.py``): for each tracked ``.py`` file with 40 or more
lines of 30+ characters, the share of those lines found verbatim (stripped) in the host's
``Lib/``, at most 10%. When the shared tool is beside the checkout it is run as it is;
the same measure is also taken here, so a clone without it is checked too.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_TOOL = ROOT.parent / "shared" / "tools" / "no_ports.py"
LIMIT = 0.10
MIN_LENGTH = 30
MIN_LINES = 40
# Corpora of programs run under CPython as the oracle, not code of ours.
EXEMPT = ("tests/conformance/", "tests/syntax_errors/", "tests/compile_errors/")


def _long_lines(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.splitlines()) if len(s) >= MIN_LENGTH]


def _cpython_lines() -> set[str]:
    library = Path(sysconfig.get_paths()["stdlib"])
    found: set[str] = set()
    for path in library.rglob("*.py"):
        if "site-packages" not in path.parts:
            found.update(_long_lines(path.read_text(errors="ignore")))
    return found


def _tracked_python_files() -> list[str]:
    listing = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [name for name in listing.stdout.split() if not name.startswith(EXEMPT)]


def test_no_tracked_file_is_a_port_of_cpython() -> None:
    cpython = _cpython_lines()
    over = []
    for name in _tracked_python_files():
        path = ROOT / name
        if not path.exists():  # deleted in the work tree, not yet in the index
            continue
        lines = _long_lines(path.read_text(errors="ignore"))
        if len(lines) < MIN_LINES:
            continue
        share = sum(line in cpython for line in lines) / len(lines)
        if share > LIMIT:
            over.append(f"{share:.1%} {name}")
    assert not over, "files with more than 10% of CPython's lines verbatim:\n" + "\n".join(over)


def test_the_shared_tool_agrees() -> None:
    if not SHARED_TOOL.exists():
        # A clone away from the team's folder: the measure above is the check.
        pytest.skip(f"{SHARED_TOOL} is not beside this checkout")
    done = subprocess.run([sys.executable, str(SHARED_TOOL)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
