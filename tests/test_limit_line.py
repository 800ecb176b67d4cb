"""``error.line`` of a run ended by a limit is the line that was running (issue 15).

Exceptions get their line from their traceback; a limit is no exception of the
program's, but the result still says where the program was, at module level as inside
a function.
"""

from __future__ import annotations

import pytest

import interp

CASES = [
    ("x = 1\nwhile True:\n    x += 1\n", 2),
    ("def f():\n    while True:\n        pass\n\n\nf()\n", 2),
    ("import itertools\nfor i in itertools.count():\n    pass\n", 2),
]


@pytest.mark.parametrize(("source", "line"), CASES)
def test_step_limit_line(source: str, line: int) -> None:
    sandbox = interp.Sandbox(limits=interp.Limits(max_steps=50_000, timeout=None))
    result = sandbox.run(source)
    assert not result.ok
    assert result.error.limit == "max_steps"
    assert result.error.line == line
