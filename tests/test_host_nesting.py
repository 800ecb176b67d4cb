"""The cap on nested host re-entries (``interp.runtime.meter.MAX_NESTED``).

In Pyodide the cap (64) keeps host machinery that calls back into sandbox code (an
operator calling ``__add__``, ``repr`` calling ``__repr__``, generators resuming
generators) from overflowing the JavaScript stack, which would be a fatal error of the
whole runtime. On CPython it is practically unlimited; here it is lowered to check the
mechanism: the program gets a RecursionError it can catch, plain calls are not
affected, and the count is balanced after every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interp.host.session import Session
from interp.runtime import meter

#: The programs tests/pyodide/run_conformance.mjs runs in Pyodide that end in a caught
#: RecursionError (they print this); those with a ``.expected`` file (the trashcan's)
#: print CPython's output instead, and are checked against it in tests/test_trashcan.py.
CHECKS = sorted(
    p
    for p in (Path(__file__).parent / "pyodide" / "checks").glob("*.py")
    if not p.with_suffix(".expected").exists()
)
CAP = 40

PLAIN_CALLS = """
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(900))
"""


@pytest.fixture
def capped(monkeypatch):
    monkeypatch.setattr(meter, "MAX_NESTED", CAP)


def _run(source: str) -> tuple[str, object]:
    out: list[str] = []
    session = Session(write=out.append)
    outcome = session.run(source, "<nesting>")
    assert session.meter.nested == 0, "host re-entries left counted after the run"
    return "".join(out), outcome


@pytest.mark.parametrize("path", CHECKS, ids=[p.name for p in CHECKS])
def test_checks_raise_recursion_error(capped, path) -> None:
    stdout, outcome = _run(path.read_text())
    assert outcome.ok, outcome.traceback
    assert stdout == "RecursionError\nok\n"


REACHED = """
deepest = 0
class A:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        global deepest
        deepest = self.n
        return A(self.n + 1) + other
    def __repr__(self):
        global deepest
        deepest = self.n
        return repr([A(self.n + 1)])
def g(n):
    global deepest
    deepest = n
    yield n
    yield from g(n + 1)
for case in (lambda: A(0) + 1, lambda: repr(A(0)), lambda: list(g(0))):
    deepest = 0
    try:
        case()
    except RecursionError:
        print(deepest)
"""


def test_cap_stops_reentries(capped) -> None:
    stdout, outcome = _run(REACHED)
    assert outcome.ok, outcome.traceback
    reached = [int(line) for line in stdout.split()]
    assert len(reached) == 3
    # Each level re-enters the host once; the depth limit (1000) is far away.
    assert all(CAP - 5 <= n < CAP for n in reached), reached


def test_plain_calls_are_not_capped(capped) -> None:
    stdout, outcome = _run(PLAIN_CALLS)
    assert outcome.ok, outcome.traceback
    assert stdout == "900\n"


def test_nesting_below_the_cap_works(capped) -> None:
    source = f"""
class A:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return self.n if self.n == 0 else A(self.n - 1) + other
print(A({CAP - 5}) + 1)
def g(n):
    if n:
        yield from g(n - 1)
    yield n
print(sum(g({CAP - 5})))
"""
    stdout, outcome = _run(source)
    assert outcome.ok, outcome.traceback
    assert stdout == f"0\n{sum(range(CAP - 4))}\n"


def test_cap_on_cpython_is_out_of_reach() -> None:
    assert meter.MAX_NESTED >= 1_000_000
