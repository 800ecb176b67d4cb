"""``Sandbox.close()``: what a sandbox holds is freed when the host says, not when the
garbage collector gets to it (in Pyodide, freeing deeply nested data can crash the
runtime: that must happen when its own sandbox is disposed of, not in another's run)."""

from __future__ import annotations

import gc
import weakref

import pytest

from interp import Sandbox


def test_close_frees_the_globals_at_once() -> None:
    sandbox = Sandbox()
    result = sandbox.run(
        "class Node:\n    def __init__(self, next):\n        self.next = next\n"
        "head = None\nfor i in range(10_000):\n    head = Node(head)\n"
        "def f():\n    return head\n"  # a cycle: f's globals hold f
    )
    assert result.ok, result.error
    # The first node: held by the globals only (a class is always in a cycle, its nodes not).
    watch = weakref.ref(sandbox._session.globals["head"])
    was_enabled = gc.isenabled()
    gc.disable()  # only close() may free them
    try:
        assert watch() is not None
        sandbox.close()
        assert watch() is None
    finally:
        if was_enabled:
            gc.enable()


def test_a_closed_sandbox_cannot_run() -> None:
    sandbox = Sandbox()
    assert sandbox.run("x = 1").ok
    sandbox.close()
    assert sandbox.globals == {}
    with pytest.raises(RuntimeError, match="closed"):
        sandbox.run("print(x)")
