"""max_memory bounds what *this* sandbox holds (issue 13, item 4).

The budget is checked against a walk of what the sandbox can reach (its globals, its
modules, the frames of the running program and the suspended generators they hold),
not against the process's resident set, which other sandboxes in the process share.
Memory bombs of every shape must end with the ``max_memory`` limit (or a MemoryError
where one allocation alone is refused); a program that allocates and frees stays under
it; two sandboxes in one process each get their own budget.  What the bombs reach
before they end is measured by ``bench/memory_bombs.py``, not asserted here.
"""

from __future__ import annotations

import asyncio
import gc
import sys

import pytest
from test_limits import run_children

from interp import Limits, Sandbox
from interp.host.session import Session
from interp.runtime import accounting, meter

MiB = 1 << 20
LIMIT = 32 * MiB

#: Programs that hold more and more until something stops them.  Each shape reaches the
#: memory by another road: containers of large atoms, many small objects, one growing
#: string, nesting, sets from ranges, suspended generators, closures, instances, class
#: attributes, and the frames of a deep recursion.
BOMBS = {
    "tuple_of_strings": "t = tuple('x' * (1 << 20) + str(i) for i in range(1000))\n",
    "list_of_bytes": "l = [bytes(1 << 20) for _ in range(1000)]\n",
    "dict_of_big_ints": "d = {i: 1 << (8 * 10**5 + i) for i in range(1000)}\n",
    "append_small_objects": "l = []\nwhile True:\n    l.append((len(l), str(len(l))))\n",
    "string_concatenation": "s = ''\nwhile True:\n    s += 'x' * 100000\n",
    "nested_lists": "x = []\nwhile True:\n    x = [x, [0] * 1000]\n",
    "sets_from_ranges": "sets = []\nwhile True:\n    n = len(sets) * 10**5\n    sets.append(set(range(n, n + 10**5)))\n",
    "generators_with_big_locals": (
        "def g(i):\n"
        "    block = bytes(1 << 20) + bytes([i % 256])\n"
        "    yield len(block)\n"
        "gens = []\n"
        "while True:\n"
        "    it = g(len(gens))\n"
        "    next(it)\n"
        "    gens.append(it)\n"
    ),
    "closures": (
        "fs = []\nwhile True:\n    data = [len(fs)] * 100000\n    fs.append(lambda data=data: data)\n"
    ),
    "instances": (
        "class Node:\n"
        "    def __init__(self, nxt):\n"
        "        self.nxt = nxt\n"
        "        self.payload = 'y' * 100000 + str(id(self))\n"
        "head = None\n"
        "while True:\n"
        "    head = Node(head)\n"
    ),
    "class_attribute": (
        "class Store:\n    items = []\nwhile True:\n    Store.items.append(bytearray(1 << 20))\n"
    ),
    "deep_recursion_locals": (
        "def f(n):\n    block = bytes(200000) + bytes([n % 256])\n    return f(n + 1) + len(block)\nf(0)\n"
    ),
    "dict_of_lists_in_function": (
        "def build():\n"
        "    table = {}\n"
        "    i = 0\n"
        "    while True:\n"
        "        table[i] = list(range(i, i + 100))\n"
        "        i += 1\n"
        "build()\n"
    ),
}


@pytest.fixture(scope="module")
def bomb_outcomes() -> dict[str, str]:
    # A child process with a capped address space (see test_limits.run_children): a
    # bomb the accounting misses fails the test instead of taking the machine's memory.
    # The time limit is generous: what is tested is which limit ends the run.
    return run_children(BOMBS, max_memory=LIMIT, timeout=120.0)


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_memory_bomb_ends_with_the_memory_limit(bomb_outcomes: dict[str, str], name: str) -> None:
    # An allocation that alone takes more than half the budget, and does not fit, is
    # refused with the sandbox's MemoryError instead (a host one would have no message).
    outcome = bomb_outcomes[name]
    assert outcome == "LIMIT max_memory\n" or outcome.startswith("ERROR MemoryError cannot allocate")


def test_one_allocation_over_the_budget_is_a_memory_error() -> None:
    # set(range(n)) holds an entry and an int object per item: about 60 bytes each.
    program = (
        "try:\n    set(range(10**6))\nexcept MemoryError:\n    print('set')\n"
        "try:\n    frozenset(range(10**6))\nexcept MemoryError:\n    print('frozenset')\n"
        "s = set()\ntry:\n    s.__init__(range(10**6))\nexcept MemoryError:\n    print('init')\n"
        "print(len(set(range(10**5))))\n"
    )
    assert run_children({"p": program}, max_memory=LIMIT)["p"] == "set\nfrozenset\ninit\n100000\n"


CHURN = """
keep = [bytes(1 << 20) + bytes([i]) for i in range(16)]
total = 0
for i in range(60):
    block = [str(j) * 10 for j in range(30000)]
    data = bytes(4 << 20)
    text = 'z' * (3 << 20)
    total += len(block) + len(data) + len(text)
    del block, data, text
print(total, len(keep))
"""


def test_allocating_and_freeing_stays_under_the_limit() -> None:
    # Half the budget kept, and about 10 MiB more made and dropped 60 times: the process
    # allocates far more than the budget in all, the sandbox never holds more than 27 MiB.
    outcome = run_children({"churn": CHURN}, max_memory=LIMIT, timeout=120.0)["churn"]
    assert outcome == f"{60 * (30000 + (4 << 20) + (3 << 20))} 16\n"


def test_peak_memory_is_the_sandboxes_own_figure() -> None:
    # The second allocation passes half the headroom, which makes the meter walk: the
    # peak is what the sandbox held then plus what it was about to allocate.
    session = Session(limits=Limits.unlimited(max_memory=LIMIT))
    outcome = session.run("data = bytes(10 << 20)\nmore = bytes(12 << 20)\n", "<peak>")
    assert outcome.ok
    assert 22 * MiB <= outcome.stats["peak_memory"] < 23 * MiB


TENANT_BIG = """
import time
chunks = []
for i in range(200):
    chunks.append(bytes(1 << 20) + bytes([i]))
    time.sleep(0)
held = sum(map(len, chunks))
finished()
print(held >> 20)
"""

TENANT_SMALL = """
import time
keep = bytes(1 << 20)
rounds = 0
while rounds < 2000 or not is_finished():
    scratch = [rounds] * 1000
    rounds += 1
    time.sleep(0)
print(len(keep) >> 20)
"""


def test_two_sandboxes_in_one_process_have_their_own_budgets() -> None:
    # The two run interleaved on one event loop: while one grows to 200 MiB, the other,
    # with an 8 MiB budget and 1 MiB held, keeps running and is measured on its own.
    done: list[bool] = []
    big = Sandbox(capabilities={"finished": lambda: done.append(True)}, limits=Limits(max_memory=256 * MiB))
    small = Sandbox(capabilities={"is_finished": lambda: bool(done)}, limits=Limits(max_memory=8 * MiB))

    async def both() -> tuple:
        return await asyncio.gather(big.run_async(TENANT_BIG), small.run_async(TENANT_SMALL))

    r_big, r_small = asyncio.run(both())
    assert r_big.ok and r_big.stdout == "200\n", r_big.error
    assert r_small.ok and r_small.stdout == "1\n", r_small.error
    # Each peak is the sandbox's own: the small one's scratch lists (8 KB a round, past
    # half its budget in all) made its meter walk it, and it found its own 1 MiB.
    assert r_big.stats["peak_memory"] >= 100 * MiB
    assert MiB <= r_small.stats["peak_memory"] < 8 * MiB


def test_memory_held_between_runs_counts() -> None:
    # Globals persist from one run to the next, and so does what they hold.
    sb = Sandbox(limits=Limits(max_memory=LIMIT))
    assert sb.run("first = [bytes(1 << 20) + bytes([i]) for i in range(20)]\n").ok
    r = sb.run(
        "second = []\nwhile len(second) < 20:\n    second.append(bytes(1 << 20) + bytes([len(second)]))\n"
    )
    assert r.error is not None and r.error.limit == "max_memory"


# ---------------------------------------------------------------------------
# The walk itself, against CPython's own sizes


def test_walk_counts_each_object_once() -> None:
    shared = b"s" * 100_000
    inner = [shared, shared]
    outer = [inner, inner, shared]
    expected = sys.getsizeof(outer) + sys.getsizeof(inner) + sys.getsizeof(shared)
    assert accounting.measure([outer]) == expected


def test_walk_follows_cycles_and_instances() -> None:
    class Box:
        pass

    box = Box()
    box.me = box
    box.data = "d" * 50_000
    total = accounting.measure([box])
    assert total >= sys.getsizeof(box.data) + sys.getsizeof(box)
    assert total < sys.getsizeof(box.data) + 4096


def test_walk_skips_host_types_functions_and_modules() -> None:
    assert accounting.measure([[int, len, gc, test_walk_counts_each_object_once]]) == sys.getsizeof(
        [0, 0, 0, 0]
    )


def test_walk_stops_at_the_limit() -> None:
    data = [[bytes(MiB) + bytes([i])] for i in range(64)]
    # Early exit: the figure passes the limit, but the walk did not visit everything.
    assert 4 * MiB < accounting.measure([data], 4 * MiB) < 8 * MiB


def test_ascii_matches_cpython() -> None:
    values = ["plain", "tab\t", "é", "\u1234", "\U0001f600", ["é", b"\xff", 1], "a\U0001f600\x01"]
    for value in values:
        assert meter.ascii_text(value) == ascii(value)
