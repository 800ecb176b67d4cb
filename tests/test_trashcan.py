"""The runtime's trashcan (interp/runtime/trashcan.py, issue 13): freeing deep data of
sandbox classes stays flat on the host stack, and the sandbox cannot tell the hook is
there.

The hook is on by default only in Pyodide; here each test turns it on for the classes
its program makes.  Programs run in the sandbox and under this CPython (the oracle),
which must print the same.  tests/pyodide/checks/trashcan_*.py run the deep cases
inside Pyodide, where without the hook they kill the runtime.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from oracle_env import oracle_env

from interp import Limits, Sandbox
from interp.runtime import attributes, trashcan

CHECKS = Path(__file__).resolve().parent / "pyodide" / "checks"


@pytest.fixture(autouse=True)
def _enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trashcan, "ENABLED", True)


def _cpython(source: str, tmp_path: Path) -> str:
    path = tmp_path / "program.py"
    path.write_text(source)
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=oracle_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


#: A step limit instead of the time limits: the result must not depend on the machine's load.
LIMITS = Limits(timeout=None, max_wall=None, max_steps=500_000_000)


def _sandbox(source: str) -> str:
    result = Sandbox(limits=LIMITS).run(source)
    assert result.ok, result.error
    return result.stdout


def _same_as_cpython(source: str, tmp_path: Path) -> str:
    out = _sandbox(source)
    assert out == _cpython(source, tmp_path)
    return out


LINKED = """
class Node:
    def __init__(self, next):
        self.next = next

class Loud(Node):
    def __del__(self):
        print("del", self.tag)

head = None
for i in range(3000):
    head = Node(head)
    if i % 1000 == 0:
        head = Loud(head)
        head.tag = i
del head
print("after del")
"""

SLOTTED = """
class Cell:
    __slots__ = ("next", "tag")
    def __init__(self, next, tag):
        self.next = next
        self.tag = tag

class LoudCell(Cell):
    __slots__ = ("extra",)
    def __del__(self):
        print("del", self.tag, self.extra)

head = None
for i in range(3000):
    head = Cell(head, i)
    if i % 1000 == 500:
        head = LoudCell(head, i)
        head.extra = -i
head = None
print("after")
"""

TREE = """
class T:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)
        self.first = kids[0] if kids else None
    def __del__(self):
        print("T", self.name)

class P:
    def __init__(self, *kids):
        self.a = kids[0] if kids else None
        self.kids = kids

def build(depth, name):
    if depth == 0:
        return T(name)
    return P(build(depth - 1, name + "l"), build(depth - 1, name + "r"))

t = P(build(3, "x"), T("c", T("d"), T("e")), P(T("f")))
del t
deep = build(12, "")
deep = None
print("end")
"""

INVISIBLE = """
class A:
    pass

class B(A):
    def method(self):
        return super().__del__

print(hasattr(A, "__del__"), hasattr(A(), "__del__"), "__del__" in dir(A), "__del__" in dir(A()))
print("__del__" in vars(A), "__del__" in A.__dict__, [k for k in B.__dict__ if k.startswith("__d")])
for probe in (lambda: A.__del__, lambda: A().__del__, lambda: B().method(), lambda: getattr(B, "__del__")):
    try:
        probe()
    except AttributeError as error:
        print("AttributeError", error)
try:
    del A.__del__
except AttributeError as error:
    print("AttributeError", error)

def fin(self):
    print("fin", type(self).__name__)

A.__del__ = fin
print(A.__del__ is fin, "__del__" in vars(A), "__del__" in dir(B))
a = A()
del a
b = B()
del b
del A.__del__
print(hasattr(A, "__del__"), hasattr(B, "__del__"))
a = A()
del a
try:
    del A.__del__
except AttributeError as error:
    print("AttributeError", error)
print("done")
"""

INHERITED = """
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__, getattr(self, "x", None))

class Child(Base):
    def __init__(self, x, next=None):
        self.x = x
        self.next = next

class Mixin:
    pass

class Both(Mixin, Base):
    pass

c = Child(1, Child(2, Child(3)))
del c
m = Both()
m.x = "both"
del m

saved = []
class Phoenix:
    def __del__(self):
        saved.append(self)

class Ash(Phoenix):
    def __init__(self):
        self.name = "ash"
        self.child = Child(9)

p = Ash()
del p
print(saved[0].name, saved[0].child.x)
saved.clear()
print("cleared")

class Plain:
    pass

q = Plain()
q.a = Child(4)
d = vars(q)
del q
print(sorted(d), d["a"].x)
del d
print("dict dropped")

class Err(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.inner = [tag]

try:
    raise Err(5)
except Err as error:
    print(repr(error), error.inner)

class Other:
    pass

o = Plain()
o.x = Child(6)
o.__class__ = Other
del o
print("done")
"""


@pytest.mark.parametrize(
    "source",
    [LINKED, SLOTTED, TREE, INVISIBLE, INHERITED],
    ids=["linked", "slotted", "tree", "invisible", "inherited"],
)
def test_same_output_as_cpython(source: str, tmp_path: Path) -> None:
    _same_as_cpython(source, tmp_path)


def test_classes_get_the_hidden_hook() -> None:
    sandbox = Sandbox(limits=LIMITS)
    result = sandbox.run(
        "class A: pass\nclass B(A): pass\nclass C:\n    def __del__(self): pass\n"
        "class M(type): pass\nclass S:\n    __slots__ = ('x',)\n"
    )
    assert result.ok, result.error
    found = {name: sandbox._session.globals[name].__dict__.get("__del__") for name in "ABCMS"}
    assert found["A"] is trashcan.finalise and found["B"] is trashcan.finalise
    assert found["S"] is trashcan.finalise
    assert found["C"] is not trashcan.finalise and found["C"] is not None  # the program's own
    assert found["M"] is None  # a metaclass: its instances are classes
    assert attributes.HIDDEN_FINALISER is trashcan.finalise


def test_off_classes_have_no_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trashcan, "ENABLED", False)
    sandbox = Sandbox(limits=LIMITS)
    assert sandbox.run("class A: pass").ok
    assert "__del__" not in sandbox._session.globals["A"].__dict__


@pytest.mark.parametrize("slots", [False, True])
def test_deep_chain_frees_flat(slots: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """100,000 nodes freed by one ``del``: no more than NESTING finalisers are ever
    nested, every node is emptied, and nothing is left pending."""

    class Recorder:
        """trashcan's state, recording how deep finalisers nest and how many run."""

        def __init__(self) -> None:
            self._depth = 0
            self.deepest = 0
            self.entered = 0
            self.pending: list = []

        @property
        def depth(self) -> int:
            return self._depth

        @depth.setter
        def depth(self, value: int) -> None:
            if value > self._depth:
                self.entered += 1
            self._depth = value
            self.deepest = max(self.deepest, value)

    state = Recorder()
    put_aside = [0]
    real_put_aside = trashcan._put_aside

    def counting_put_aside(obj: object, plan: object, pending: list) -> None:
        put_aside[0] += 1
        real_put_aside(obj, plan, pending)

    monkeypatch.setattr(trashcan, "_state", state)
    monkeypatch.setattr(trashcan, "_put_aside", counting_put_aside)
    declare = "    __slots__ = ('next',)\n" if slots else ""
    sandbox = Sandbox(limits=LIMITS)
    result = sandbox.run(
        f"class Node:\n{declare}    def __init__(self, next):\n        self.next = next\n"
        "head = None\nfor i in range(100_000):\n    head = Node(head)\n"
        "del head\nprint('freed')\n"
    )
    assert result.ok, result.error
    assert result.stdout == "freed\n"
    assert state.entered + put_aside[0] >= 100_000
    assert put_aside[0] > 0
    assert state.deepest == trashcan.NESTING
    assert state.pending == [] and state.depth == 0


def test_pending_values_are_freed_in_order() -> None:
    """Past NESTING levels, values wait on the pending list and are freed by the
    outermost finaliser in attribute order (slots first, then ``__dict__``)."""
    out = _sandbox(
        "class Leaf:\n    def __init__(self, tag):\n        self.tag = tag\n"
        "    def __del__(self):\n        print(self.tag)\n"
        "class Pair:\n    __slots__ = ('a', 'b', '__dict__')\n"
        "    def __init__(self, a, b, c):\n        self.a = a\n        self.b = b\n        self.c = c\n"
        "class Link:\n    def __init__(self, next):\n        self.next = next\n"
        f"x = Pair(Leaf('a'), Leaf('b'), Leaf('c'))\nfor i in range({trashcan.NESTING * 3}):\n"
        "    x = Link(x)\nx = None\n"
    )
    assert out == "a\nb\nc\n"


def test_pyodide_checks_print_what_cpython_prints(tmp_path: Path) -> None:
    """The Pyodide checks of the trashcan print, under interp with the hook, what
    CPython prints (inside Pyodide, native CPython dies on them, so it cannot be
    their oracle there: tests/pyodide/checks/README.md)."""
    for path in sorted(CHECKS.glob("trashcan_*.py")):
        source = path.read_text()
        out = _same_as_cpython(source, tmp_path)
        assert out.endswith("ok\n"), path.name
        # What the Pyodide runner requires (written by `python3 NAME.py > NAME.expected`).
        assert path.with_suffix(".expected").read_text() == out, path.name


def test_an_object_still_referenced_is_left_whole() -> None:
    """The garbage collector finalises every object of a cycle before it frees any, and
    their finalisers may read one another: ``finalise`` empties an object only when the
    host is deallocating it (nothing else references it)."""
    sandbox = Sandbox(limits=LIMITS)
    result = sandbox.run(
        "class Node:\n    def __init__(self, next):\n        self.next = next\n"
        "class Peer:\n    pass\n"
        "node = Node(Node(None))\npeer = Peer()\npeer.a = [1]\npeer.__dict__['b'] = 2\n"
    )
    assert result.ok, result.error
    node = sandbox._session.globals["node"]
    trashcan.finalise(node)  # referenced by the globals (and this frame), as in a cycle
    assert type(node.next).__name__ == "Node"
    peer = sandbox._session.globals["peer"]
    trashcan.finalise(peer)
    assert vars(peer) == {"a": [1], "b": 2}


def test_escape_attempt_finds_no_host_object() -> None:
    """tests/escapes/jail/trashcan_hidden_finaliser.py with the hook on (the escape
    suite runs with it off, as every CPython host does): every view of a class it
    tries gives sandbox values only, as under CPython, and never ``finalise``."""
    from test_reachability import find_host_objects

    path = Path(__file__).resolve().parent / "escapes" / "jail" / "trashcan_hidden_finaliser.py"
    sandbox = Sandbox(limits=LIMITS)
    result = sandbox.run(path.read_text())
    assert result.ok, result.error
    assert result.stdout == "17\n"
    found = sandbox._session.globals["found"]
    assert all(value is not trashcan.finalise for value in found)
    assert find_host_objects(found, "found") == []
