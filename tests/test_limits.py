"""Recursion depth and implicit host calls: the sandbox raises, the host never crashes."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from interp.host.session import Session
from interp.runtime.limits import Limits

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
    assert Session(limits=Limits.unlimited(max_depth=200)).run(program, "<d>").ok
    outcome = Session(limits=Limits.unlimited(max_depth=100)).run(program, "<d>")
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


def test_refused_input_writes_no_prompt() -> None:
    program = (
        "class K:\n"
        "    def __hash__(self):\n"
        "        return len(input('PROMPT> '))\n"
        "try:\n"
        "    {K(): 1}\n"
        "except RuntimeError as e:\n"
        "    print('refused', 'cannot pause' in str(e))\n"
        "print(input('ok> '))\n"
    )
    out: list[str] = []
    outcome = Session(write=out.append, read_line=lambda prompt: "answer").run(program, "<p>")
    assert outcome.ok, outcome.traceback
    assert "".join(out) == "refused True\nok> answer\n"


# ---------------------------------------------------------------------------
# Resource caps (DESIGN.md invariant 4): one host operation must never take unbounded
# time or memory.  Each program runs in a child process (a regression must not hang or
# exhaust the test run) with a small memory budget; the capped operation must raise the
# sandbox's MemoryError (caught by the program) instead.

_ROOT = Path(__file__).resolve().parents[1]

_RUNNER = """
import json
import resource
import sys
# A regression must fail fast, not take the machine's memory: the child gets 2 GiB of
# address space, and a host MemoryError (no message) tells a missing cap from ours.
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from interp.host.session import Session
from interp.runtime.limits import Limits
max_memory, timeout, programs = int(sys.argv[1]), float(sys.argv[2]), json.loads(sys.argv[3])
results = {}
for name, program in programs.items():
    out = []
    outcome = Session(write=out.append, limits=Limits.unlimited(max_memory=max_memory, timeout=timeout)).run(program, "<cap>")
    if outcome.limit:
        out.append(f"LIMIT {outcome.limit}\\n")
    elif not outcome.ok:
        out.append(f"ERROR {outcome.error_type} {outcome.message}\\n")
    results[name] = "".join(out)
print(json.dumps(results))
"""


def run_children(
    programs: dict[str, str], *, max_memory: int = 4_000_000, timeout: float = 60.0
) -> dict[str, str]:
    """The output of each program, run in a fresh sandbox each, in one child process
    ("TIMEOUT" for all of them if the child hangs: a cap is missing).  ``timeout`` is
    generous by default: compute time runs on the clock, and on a loaded machine a
    program of a second stretches several times (5 s failed under CPU hogs)."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _RUNNER, str(max_memory), str(timeout), json.dumps(programs)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=_ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return dict.fromkeys(programs, "TIMEOUT")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def run_child(program: str, *, max_memory: int = 4_000_000, timeout: float = 60.0) -> str:
    return run_children({"program": program}, max_memory=max_memory, timeout=timeout)["program"]


def capped(statements: str) -> str:
    body = "\n".join("    " + line for line in statements.splitlines())
    return (
        f"try:\n{body}\n    print('not capped')\n"
        "except MemoryError as e:\n    print('capped' if str(e) else 'host MemoryError')\n"
    )


CAPPED = {
    # a. concatenation doubling: the size of the result of +, += and * is checked
    "list_iadd_doubling": "l = [0] * 10**5\nwhile True:\n    l += l",
    "str_iadd_doubling": "s = 'a' * 10**5\nwhile True:\n    s += s",
    "bytes_iadd_doubling": "b = b'a' * 10**5\nwhile True:\n    b += b",
    "tuple_iadd_doubling": "t = (0,) * 10**5\nwhile True:\n    t += t",
    "bytearray_iadd_doubling": "b = bytearray(10**5)\nwhile True:\n    b += bytes(b)",
    "list_add_doubling_through_call": "l = [0] * 10**5\nwhile True:\n    l = list(l) + l",
    "list_mul_growth": "l = [0] * 10**5\nwhile True:\n    l = l * 2",
    "list_iadd_range": "l = []\nl += range(10**7)",
    "list_iadd_lazy": "l = []\nl += map(int, range(10**7))",
    # b. materialising huge host iterables goes through the capped loop
    "star_unpack_range": "a, *b = range(10**7)",
    "star_unpack_huge_range": "a, *b = range(10**12)",
    "star_unpack_lazy": "a, *b = zip(range(10**12))",
    "list_range": "list(range(10**12))",
    "display_range": "[*range(10**12)]",
    "set_range": "set(range(10**12))",
    "dict_fromkeys_range": "dict.fromkeys(range(10**12))",
    "bytes_range": "bytes(range(10**12))",
    "join_map": "''.join(map(str, range(10**12)))",
    "dict_of_zip": "dict(zip(range(10**12), range(10**12)))",
    "list_of_lazy": "list(map(abs, range(10**12)))",
    "slice_assign_range_method": "l = []\nl.__setitem__(slice(None), range(10**12))",
    # d. int subclasses and bool get the big-int caps of int
    "int_subclass_pow": "class I(int): pass\nI(10) ** I(10**9)",
    "int_subclass_lshift": "class I(int): pass\nI(1) << I(10**10)",
    "int_subclass_mul": "class I(int): pass\nx = I(1 << 10**7)\nx * x * x * x",
    "bool_lshift": "True << 10**10",
    "int_subclass_pow_builtin": "class I(int): pass\npow(I(10), I(10**9))",
    "int_subclass_ipow": "class I(int): pass\nx = I(10)\nx **= I(10**9)",
    # e. the text of a container of shared items is far larger than what it holds (10 MB
    # here for 80 KB of references): its size is estimated before the host writes it
    "repr_shared_items": "a = ['x' * 1000] * 10_000\nr = repr(a)",
    "str_shared_items": "a = ['x' * 1000] * 10_000\nr = str(a)",
    "fstring_shared_items": "a = ['x' * 1000] * 10_000\nr = f'{a}'",
    "fstring_repr_shared_items": "a = ('x' * 1000,) * 10_000\nr = f'{a!r}'",
    "format_shared_items": "a = {i: 'x' * 1000 for i in range(1)}\nb = [a] * 10_000\nr = format(b)",
    "percent_shared_items": "a = ['x' * 1000] * 10_000\nr = '%s' % (a,)",
    "str_format_shared_items": "a = ['x' * 1000] * 10_000\nr = '{}'.format(a)",
    "ascii_shared_items": "a = ['x' * 1000] * 10_000\nr = ascii(a)",
    "print_shared_items": "a = ['x' * 1000] * 10_000\nprint(a)",
    "dunder_repr_shared_items": "a = ['x' * 1000] * 10_000\nr = a.__repr__()",
    "nested_shared_items": "a = [['x' * 100] * 100] * 1000\nr = repr(a)",
    "set_shared_items": "a = frozenset({'x' * 1000})\nb = [a] * 10_000\nr = repr(b)",
    "subclass_repr_shared_items": "class L(list): pass\na = L(['x' * 1000] * 10_000)\nr = repr(a)",
}


#: Lazy iterators: the list is size-checked as it grows (8 bytes an item), but the items
#: themselves take memory too, so the memory limit may end the run first.
_LAZY = {"list_iadd_lazy", "star_unpack_lazy", "join_map", "dict_of_zip", "list_of_lazy"}


@functools.cache
def _capped_outcomes() -> dict[str, str]:
    # A generous time limit: what is tested is the cap, and a loaded machine (CI runs
    # the tests in parallel) must not turn a cap reached after a second into a timeout.
    return run_children({name: capped(program) for name, program in CAPPED.items()}, timeout=60.0)


@pytest.mark.parametrize("name", sorted(CAPPED))
def test_operation_is_capped(name: str) -> None:
    expected = {"capped\n", "LIMIT max_memory\n"} if name in _LAZY else {"capped\n"}
    assert _capped_outcomes()[name] in expected


def test_plain_add_doubling_is_capped() -> None:
    assert run_child(capped("l = [0] * 10**5\nwhile True:\n    l = l + l")) == "capped\n"


def test_slice_assignment_from_range_is_capped() -> None:
    assert run_child(capped("l = []\nl[:] = range(10**7)")) == "capped\n"


def test_caps_leave_small_and_user_defined_operations_alone() -> None:
    program = (
        "class I(int):\n"
        "    def __pow__(self, other):\n"
        "        return 'own pow'\n"
        "class L(list):\n"
        "    def __add__(self, other):\n"
        "        return 'own add'\n"
        "class J(int): pass\n"
        "l = [0] * 10**5\n"
        "l += l\n"
        "print(len(l), len(l + l), I(10) ** 10**12, L(range(10**5)) + list(range(10**6)))\n"
        "print(J(2) ** J(10), J(3) << J(70), 2 ** J(3), J(3) * J(4), True << 3)\n"
        "a, *b = range(5)\n"
        "x = []\n"
        "x += (i for i in range(3))\n"
        "print(a, b, x, 5 in range(10**12), 5.0 in range(10**12))\n"
    )
    assert run_child(program, max_memory=50_000_000) == (
        "200000 400000 own pow own add\n1024 3541774862152233910272 8 12 8\n0 [1, 2, 3, 4] [0, 1, 2] True True\n"
    )


def test_membership_scans_of_huge_ranges_are_metered() -> None:
    # CPython compares a non-int probe with every item of a range (and any probe with
    # every item of an iterator); values that can never equal an int are answered at
    # once, and the other scans run with the meter counting, so the time limit ends them.
    prelude = (
        "class E:\n"
        "    def __eq__(self, other):\n"
        "        return other == 5\n"
        "class Never:\n"
        "    def __eq__(self, other):\n"
        "        return False\n"
        "print('1' in range(10**12), None in range(10**12), E() in range(10**12), 2.0 in range(10**12))\n"
        "print(5 in iter(range(10**12)), (3,) in zip(range(5)), 7 not in reversed(range(10)))\n"
    )
    scans = {
        "user_eq": "Never() in range(10**12)",
        "user_eq_count": "range(10**12).count(Never())",
        "range_iterator": "-1 in iter(range(10**12))",
        "reversed_range": "-1 in reversed(range(10**12))",
        "lazy_iterator": "() in zip(range(10**12))",
    }
    programs = {name: prelude + f"print({scan})\n" for name, scan in scans.items()}
    results = run_children(programs, max_memory=50_000_000, timeout=1.0)
    expected = "False False True True\nTrue True False\nLIMIT timeout\n"
    assert results == dict.fromkeys(scans, expected)
