"""Recursion depth and implicit host calls: the sandbox raises, the host never crashes."""

from __future__ import annotations

from interp.host.session import Session

DEEP = """
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(990))
try:
    f(100000)
except RecursionError as e:
    print("RecursionError")
class A:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return self.n if self.n == 0 else A(self.n - 1) + other
try:
    A(100000) + 1
except RecursionError:
    print("deep dunder")
def g(n):
    if n:
        yield from g(n - 1)
    yield n
try:
    sum(g(100000))
except RecursionError:
    print("deep generators")
def h(n):
    return [h(n - 1) for _ in range(1)] if n else 0
try:
    h(100000)
except RecursionError:
    print("deep comprehensions")
"""


def test_deep_recursion_raises_recursion_error_in_the_sandbox() -> None:
    out: list[str] = []
    outcome = Session(write=out.append).run(DEEP, "<deep>")
    assert outcome.ok, outcome.traceback
    assert "".join(out).split() == [
        "990",
        "RecursionError",
        "deep",
        "dunder",
        "deep",
        "generators",
        "deep",
        "comprehensions",
    ]


def test_configured_depth_is_the_limit() -> None:
    program = "def f(n):\n    return n if n == 0 else f(n - 1)\nf(150)\n"
    assert Session(max_depth=200).run(program, "<d>").ok
    outcome = Session(max_depth=100).run(program, "<d>")
    assert outcome.error_type == "RecursionError"


PAUSE_IN_HASH = """
class K:
    def __hash__(self):
        return len(input())
try:
    {K(): 1}
except RuntimeError as e:
    print("RuntimeError", "cannot pause" in str(e))
print(sorted([3, 1, 2], key=lambda x: len(input()) - x))
"""


def test_pausing_inside_host_machinery_is_a_clear_runtime_error() -> None:
    out: list[str] = []
    answers = iter(["a", "bb", "ccc", "dddd"])
    outcome = Session(write=out.append, read_line=lambda prompt: next(answers)).run(PAUSE_IN_HASH, "<p>")
    assert outcome.ok, outcome.traceback
    text = "".join(out)
    assert "RuntimeError True" in text
    # The key function of sorted() is interpreted, so it may pause for input.
    # keys: len("a") - 3, len("bb") - 1, len("ccc") - 2 (the refused input() read nothing)
    assert text.splitlines()[-1] == "[3, 1, 2]"
