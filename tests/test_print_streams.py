"""print() and uncaught tracebacks follow the program's ``sys.stdout``/``sys.stderr``.

The conformance programs (tests/conformance/stdlib/print_*.py) cover print() to a
replaced stream; these cover what they cannot: the uncaught traceback written to a
replaced ``sys.stderr`` (CPython's stderr is then empty, which the conformance harness
reads as no exception), the output limit through a replaced stream, and the direct path
staying direct.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oracle_env import oracle_env

from interp.host.sandbox import Limits, Sandbox

UNCAUGHT = """\
import io, sys
sys.stderr = io.StringIO()
print("a StringIO swallows nothing printed to stdout")
sys.stderr = sys.stdout
print("stderr is stdout: the traceback follows")
def divide(a, b):
    return a / b
divide(1, 0)
"""


def _cpython(source: str, tmp_path: Path) -> subprocess.CompletedProcess:
    path = tmp_path / "program.py"
    path.write_text(source)
    return subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=oracle_env(), timeout=60, check=False
    )


def test_uncaught_traceback_goes_to_replaced_stderr(tmp_path: Path) -> None:
    expected = _cpython(UNCAUGHT, tmp_path)
    path = tmp_path / "program.py"
    result = Sandbox().run(UNCAUGHT, filename=str(path))
    assert not result.ok and result.error.type == "ZeroDivisionError"
    assert result.stdout == expected.stdout
    assert expected.stderr == ""


def test_traceback_to_a_failing_stderr_is_ignored() -> None:
    source = (
        "import sys\nclass Bad:\n    def write(self, text):\n        raise OSError('no')\n"
        "sys.stderr = Bad()\nraise KeyError('k')\n"
    )
    result = Sandbox().run(source)
    assert result.error.type == "KeyError"
    assert "KeyError: 'k'" in result.error.traceback


def test_output_limit_holds_through_a_replaced_stdout() -> None:
    source = (
        "import sys\nclass Tee:\n    def write(self, text):\n        sys.__stdout__.write(text)\n"
        "sys.stdout = Tee()\nwhile True:\n    print('x' * 100)\n"
    )
    result = Sandbox(limits=Limits(max_output=10_000)).run(source)
    assert result.error.limit == "max_output"
    assert len(result.stdout) <= 10_000


def test_default_stdout_is_the_direct_path() -> None:
    source = (
        "import sys\nprint(type(sys.stdout).__name__, sys.stdout is sys.__stdout__)\nprint(1, 2, sep='-')\n"
    )
    result = Sandbox().run(source)
    assert result.stdout == "TextIOWrapper True\n1-2\n"


def test_input_prompt_goes_to_replaced_stdout() -> None:
    source = (
        "import contextlib, io\nbuffer = io.StringIO()\nwith contextlib.redirect_stdout(buffer):\n"
        "    name = input('name? ')\nprint(repr(buffer.getvalue()), name)\nprint(input('again? '))\n"
    )
    result = Sandbox(stdin="ann\nbob\n").run(source)
    assert result.stdout == "'name? ' ann\nagain? bob\n"
