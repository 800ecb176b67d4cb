"""The positions the compiler marks its closures with (tracebacks.mark): kept in the
closure's ``__doc__`` slot, never in a ``__dict__`` (which costs ~180 bytes a closure),
and read back exactly, packed or not."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from interp import Sandbox
from interp.runtime import tracebacks


def _closure() -> object:
    def fn() -> None:
        return None

    return fn


def _node(lineno: int, end_lineno: int, col: int, end_col: int) -> SimpleNamespace:
    return SimpleNamespace(lineno=lineno, end_lineno=end_lineno, col_offset=col, end_col_offset=end_col)


@pytest.mark.parametrize(
    "position",
    [
        (1, 1, 0, 1),
        (3, 5, 4, 17),
        (300_000, 300_000, 65_535, 65_535),
        (7, 7 + 1023, 0, 0),
        (7, 7 + 1024, 0, 0),  # a span too long to pack
        (2, 2, 70_000, 70_001),  # columns too wide to pack
        (10**12, 10**12, 3, 9),
    ],
)
def test_positions_round_trip(position: tuple) -> None:
    fn = _closure()
    tracebacks.mark(fn, _node(*position))
    assert tracebacks.position_of(fn) == position
    assert not fn.__dict__  # nothing went to a dict


def test_first_mark_wins_and_boundaries() -> None:
    fn = _closure()
    tracebacks.mark(fn, _node(2, 2, 4, 9))
    tracebacks.mark(fn, _node(1, 3, 0, 20))
    assert tracebacks.position_of(fn) == (2, 2, 4, 9)
    assert not tracebacks._is_boundary(fn)
    comprehension = tracebacks.own_frame(_closure())
    assert tracebacks.position_of(comprehension) is None and tracebacks._is_boundary(comprehension)
    tracebacks.mark(comprehension, _node(4, 4, 1, 30))
    assert tracebacks.position_of(comprehension) == (4, 4, 1, 30)
    assert tracebacks._is_boundary(comprehension)
    assert tracebacks.position_of(len) is None and tracebacks.position_of(None) is None
    tracebacks.mark(len, _node(1, 1, 0, 1))  # not a plain function: left alone
    tracebacks.mark(_closure(), object())  # a node without a position: no mark, no error


def test_carets_still_point_at_the_failing_node() -> None:
    source = "def f(d):\n    return 1 + d['key'] * 2\n\nf({})\n"
    result = Sandbox().run(source)
    lines = result.error.traceback.splitlines()
    assert lines[-3:] == ["    return 1 + d['key'] * 2", "               ~^^^^^^^", "KeyError: 'key'"]
