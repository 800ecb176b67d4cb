"""The sandbox's ``time`` and ``random`` modules.

``random``: each seeded program runs under the host CPython (a subprocess) and in the
sandbox; stdout and the type of an uncaught exception must match, so every function
gives CPython's numbers and CPython's error messages.  ``time``: calendar and
formatting functions are compared the same way on fixed timestamps (the oracle runs
with ``TZ=UTC``: the sandbox has no time zone); the clocks are checked for their
properties, and the deterministic environment for reproducibility.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap
import time

import pytest

from interp.host.session import Session
from interp.runtime import environment, meter
from interp.runtime.control import HostError, SleepRequest
from interp.runtime.limits import Limits

PROGRAMS: dict[str, str] = {}


def program(name: str, source: str) -> None:
    PROGRAMS[name] = textwrap.dedent(source).lstrip("\n")


def _sandbox(source: str, **limits: object) -> tuple[str, str | None]:
    out: list[str] = []
    session = Session(write=out.append, limits=Limits.unlimited(**limits))
    outcome = session.run(source, "<prog>")
    return "".join(out), (None if outcome.ok else outcome.error_type or outcome.limit)


def _host(source: str) -> tuple[str, str | None]:
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC", PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, env=env, timeout=60)
    error = None
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1]
        error = last.split(":")[0].strip().rsplit(".", 1)[-1]
    return proc.stdout, error


# ---------------------------------------------------------------------------
# random: seeded programs, CPython is the oracle

program(
    "random_scalars",
    """
    import random
    random.seed(5)
    print(random.random(), random.random())
    print(random.uniform(1, 10), random.uniform(10, 1), random.uniform(-2.5, 2.5))
    print([random.randint(1, 6) for _ in range(10)], random.randint(-10**20, 10**20))
    print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(100, 0, -3))
    print(random.randrange(10**30), random.randrange(-5, 5), random.randrange(2, 3))
    print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(10**9)), random.choice((None, True)))
    print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 100, 200)])
    print(random.randbytes(0), random.randbytes(1), random.randbytes(10), len(random.randbytes(100)))
    print(random.randrange(3.0), random.randint(True, 3), random.randrange(1, 10, 2.0))
    """,
)

program(
    "random_sequences",
    """
    import random
    from collections import deque
    random.seed(11)
    x = list(range(20))
    random.shuffle(x)
    print(x)
    d = deque('abcdef')
    random.shuffle(d)
    print(d)
    y = []
    random.shuffle(y)
    z = [1]
    random.shuffle(z)
    print(y, z)
    print(random.sample(range(100), 10), random.sample('abcdef', 3), random.sample(range(10**12), 3))
    print(random.sample([1, 2, 3], 3), random.sample((5, 6), 0), random.sample(range(50), k=50)[:5])
    print(random.sample('abc', 4, counts=[1, 2, 3]), random.sample(['x', 'y'], k=5, counts=(2, 3)))
    print(random.sample(deque([1, 2, 3, 4]), 2))
    print(random.choices('abc', k=10), random.choices(range(5)), random.choices([1, 2], k=0))
    print(random.choices('abc', [1, 0, 5], k=6), random.choices('abc', cum_weights=[1, 1, 10], k=6))
    print(random.choices('abc', weights=(w for w in [3, 2, 1]), k=5), random.choices('ab', [0.5, 1.5], k=3))
    print(random.sample('abcd', 2, counts=(c for c in [1, 1, 2, 0])))
    big = random.choices(range(1000), k=10000)
    print(len(big), sum(big), big[4090:4100])
    weighted = random.choices(range(50), weights=range(50), k=9000)
    print(sum(weighted), weighted[-5:])
    print(random.random())
    """,
)

program(
    "random_distributions",
    """
    import random
    random.seed(2024)
    print(random.gauss(0, 1), random.gauss(10, 0.5), random.gauss(0, 1), random.gauss(mu=1, sigma=2))
    print(random.normalvariate(0, 1), random.normalvariate(5, 2), random.lognormvariate(0, 0.5))
    print(random.expovariate(1.5), random.expovariate(0.1), random.vonmisesvariate(0, 4))
    print(random.vonmisesvariate(1, 0), random.vonmisesvariate(0, 1e-7))
    print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 0.5))
    print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.paretovariate(3))
    print(random.weibullvariate(1, 1.5), random.triangular(), random.triangular(0, 10))
    print(random.triangular(0, 10, 2), random.triangular(5, 5), random.triangular(0, 10, 10))
    if hasattr(random, 'binomialvariate'):
        print(random.binomialvariate(10, 0.3), random.binomialvariate(1000, 0.5))
    else:
        print('no binomialvariate')
    print(random.random())
    """,
)

program(
    "random_seeds_and_state",
    """
    import random
    for seed in (0, 1, -1, 5, 2**100, -2**100, 3.5, -0.0, 'hello', '', b'bytes', bytearray(b'ba'), True):
        random.seed(seed)
        print(repr(seed), random.random(), random.randrange(1000))
    random.seed('hello', version=1)
    print(random.random())
    random.seed(b'hello', version=1)
    print(random.random())
    random.seed(7)
    state = random.getstate()
    print(state[0], len(state[1]), state[1][-1], state[2])
    first = [random.random() for _ in range(3)]
    random.setstate(state)
    print(first == [random.random() for _ in range(3)])
    g1 = random.gauss(0, 1)
    state = random.getstate()
    print(state[2] is not None)
    g2 = random.gauss(0, 1)
    random.setstate(state)
    print(g2 == random.gauss(0, 1), g1 != g2)
    random.seed(9, version=2)
    print(random.random())
    """,
)

program(
    "random_instances",
    """
    import random
    random.seed(3)
    a = random.Random(42)
    b = random.Random(42)
    print(a.random() == b.random(), a.random(), random.random())
    c = random.Random(x=42)
    print(c.random(), random.Random('text').random(), random.Random(b'xy').random())
    a.seed(1)
    print(a.random(), a.choice('xyz'), a.sample(range(10), 3), a.getrandbits(16))
    print(type(a).__name__, isinstance(a, random.Random), random.Random.VERSION, a.VERSION)
    print(a.gauss_next, random.Random(1).gauss_next)
    a.gauss(0, 1)
    print(a.gauss_next is not None)
    s = random.SystemRandom()
    print(isinstance(s, random.Random), type(s).__name__, s.seed(5), s.seed())
    values = [s.random() for _ in range(100)]
    print(all(0 <= v < 1 for v in values), len(s.randbytes(7)), 1 <= s.randint(1, 6) <= 6)
    print(0 <= s.getrandbits(10) < 1024, s.choice('a'), sorted(s.sample(range(5), 5)))
    for name in ('getstate', 'setstate'):
        try:
            getattr(s, name)(*(() if name == 'getstate' else (None,)))
        except NotImplementedError as e:
            print(name, type(e).__name__, e)
    print(sorted(n for n in random.__all__ if n != 'binomialvariate'))
    print(random.Random.__name__, random.SystemRandom.__name__, random.Random.__qualname__)
    """,
)

program(
    "random_subclasses",
    """
    import random

    class Half(random.Random):
        def random(self):
            return 0.5

    h = Half(1)
    print(h.random(), h.uniform(0, 10), h.choice('abcde'), h.randrange(10), h.randint(1, 3))
    x = list(range(6))
    h.shuffle(x)
    print(x, h.sample(range(10), 3), h.choices('ab', k=3), h.triangular(0, 1, 0.5))

    class Counting(random.Random):
        def __init__(self, seed):
            self.calls = 0
            super().__init__(seed)

        def random(self):
            self.calls += 1
            return super().random()

    c = Counting(5)
    print(c.random(), c.uniform(1, 2), c.choice(range(100)), c.calls)
    print(c.gauss(0, 1), c.calls, c.expovariate(2), c.calls)
    print(random.Random(5).random())

    class Bits(random.Random):
        def getrandbits(self, k):
            self.last = k
            return super().getrandbits(k)

    b = Bits(8)
    print(b.randrange(1000), b.last, b.choice('abcdefgh'), b.last, b.randbytes(2), b.last)

    class Plain(random.Random):
        pass

    p = Plain(12)
    print(p.random() == random.Random(12).random(), p.randint(1, 100), isinstance(p, random.Random))
    print(p.sample(range(20), 4), p.gauss(0, 1), p.getstate()[1][:2])

    class Seeded(random.Random):
        def seed(self, a=None, version=2):
            print('seed called with', a)
            super().seed(a, version)

    s = Seeded(77)
    print(s.random() == random.Random(77).random())

    class Fixed(random.Random):
        def _randbelow(self, n):
            return n - 1

    f = Fixed(1)
    print(f.choice('abc'), f.randrange(10), f.sample(range(5), 3))
    """,
)

program(
    "random_user_sequences",
    """
    import random
    from collections.abc import Sequence

    class Seq:
        def __init__(self, items):
            self.items = list(items)
        def __len__(self):
            return len(self.items)
        def __getitem__(self, i):
            return self.items[i]
        def __setitem__(self, i, v):
            self.items[i] = v

    class MySeq(Sequence):
        def __init__(self, n):
            self.n = n
        def __len__(self):
            return self.n
        def __getitem__(self, i):
            if not 0 <= i < self.n:
                raise IndexError(i)
            return i * i

    random.seed(99)
    s = Seq('abcdefgh')
    random.shuffle(s)
    print(s.items, random.choice(s), random.choices(s, k=4))
    print(random.sample(MySeq(100), 5), random.choice(MySeq(7)))
    try:
        random.sample(Seq('abc'), 2)
    except TypeError as e:
        print('TypeError', e)

    class Index:
        def __index__(self):
            return 10
    print(random.randrange(Index()), random.getrandbits(Index()), random.randrange(1, Index()))
    """,
)

program(
    "random_errors",
    """
    import random
    random.seed(1)
    cases = [
        lambda: random.randrange(0), lambda: random.randrange(1.5), lambda: random.randrange(1, 2, 0),
        lambda: random.randrange(5, 1), lambda: random.randrange(1, 'a'), lambda: random.randrange('a'),
        lambda: random.randrange(0, 10, 1.5), lambda: random.randrange(5, step=2), lambda: random.randint(1, 0),
        lambda: random.randint(1), lambda: random.randrange(), lambda: random.random(1),
        lambda: random.choice([]), lambda: random.choice(''), lambda: random.choice(5),
        lambda: random.choices([], k=2), lambda: random.choices([1], [1, 2]), lambda: random.choices([1], 5),
        lambda: random.choices('ab', cum_weights=[1, 2], weights=[1, 1]), lambda: random.choices('ab', [0, 0]),
        lambda: random.choices('ab', weights=[1, float('inf')]), lambda: random.choices('ab', k=1.5),
        lambda: random.choices(), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
        lambda: random.sample([1, 2], -1), lambda: random.sample('abc', 2, counts=[1, 1]),
        lambda: random.sample('abc', 2, counts=[0, 0, 0]), lambda: random.sample('abc', 2, counts=[1.5, 1, 1]),
        lambda: random.sample([1]), lambda: random.getrandbits(-1), lambda: random.getrandbits(1.5),
        lambda: random.getrandbits(), lambda: random.randbytes(-1), lambda: random.randbytes('a'),
        lambda: random.seed([1]), lambda: random.seed(1, 2, 3), lambda: random.setstate((1,)),
        lambda: random.setstate(5), lambda: random.setstate((3, (1, 2), None)), lambda: random.shuffle(5),
        lambda: random.shuffle((1, 2)), lambda: random.shuffle('ab'), lambda: random.shuffle(),
        lambda: random.gammavariate(0, 1), lambda: random.betavariate(0, 1), lambda: random.paretovariate(0),
        lambda: random.weibullvariate(1, 0), lambda: random.uniform(1), lambda: random.vonmisesvariate(1),
        lambda: random.expovariate(0), lambda: random.Random(1, 2), lambda: random.Random(y=1),
        lambda: random.Random().seed(version=3, a='x'), lambda: random.uniform('a', 'b'),
        lambda: random.normalvariate('a', 1),
    ]
    for i, case in enumerate(cases):
        try:
            print(i, 'ok', case())
        except Exception as e:
            print(i, type(e).__name__, e)
    print(random.random())
    random.choice([])
    """,
)

program(
    "random_module_surface",
    """
    import random
    from random import Random, SystemRandom, randint, shuffle
    print(sorted(n for n in dir(random) if not n.startswith('_') and n != 'binomialvariate'))
    print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST)
    print(type(random.random).__name__, random.random.__name__, random.choice.__name__)
    print(isinstance(random.random.__self__, Random), random.seed.__self__ is random.random.__self__)
    random.seed(0)
    print(randint(1, 10), Random is random.Random)
    """,
)


# ---------------------------------------------------------------------------
# random: bounded work


@pytest.mark.parametrize(
    "source",
    [
        "random.choices([1, 2], k=10**12)",
        "random.choices([1, 2], [1, 1], k=10**12)",
        "random.Random(1).choices('ab', cum_weights=[1, 2], k=10**10)",
        "random.getrandbits(10**12)",
        "random.Random(3).getrandbits(2**40)",
        "random.randbytes(10**12)",
        "random.SystemRandom().randbytes(10**12)",
        "random.SystemRandom().getrandbits(10**12)",
        "random.sample(range(10**12), 10**11)",
    ],
)
def test_huge_results_hit_the_memory_cap(source: str) -> None:
    out, error = _sandbox("import random\n" + source + "\n", max_memory=64 * 1024 * 1024)
    assert error == "MemoryError", (source, out)
    out, error = _sandbox("import random\n" + source + "\n")  # no memory limit: the hard cap
    assert error == "MemoryError", (source, out)


def test_small_samples_of_huge_populations_are_fine() -> None:
    out, error = _sandbox(
        "import random\nrandom.seed(1)\nprint(random.sample(range(10**12), 3), random.choice(range(10**15)))\n"
    )
    assert error is None
    assert (
        out
        == _host(
            "import random\nrandom.seed(1)\nprint(random.sample(range(10**12), 3), random.choice(range(10**15)))\n"
        )[0]
    )


def test_shuffle_and_choices_count_steps() -> None:
    for body in ("random.shuffle(x)", "random.choices(x, k=2_000_000)"):
        source = f"import random\nx = list(range(300_000))\n{body}\n"
        session = Session(limits=Limits.unlimited(max_steps=100_000))
        outcome = session.run(source, "<prog>")
        assert outcome.limit == "max_steps", body


def test_subclass_callbacks_can_not_pause() -> None:
    """A subclass's random() runs nested under the host implementation: it may not
    wait for input, and says so with a sandbox exception."""
    source = (
        "import random\n"
        "class R(random.Random):\n"
        "    def random(self):\n"
        "        return float(input())\n"
        "print(R(1).random())\n"
        "try:\n"
        "    R(1).uniform(0, 1)\n"
        "except RuntimeError as e:\n"
        "    print('RuntimeError')\n"
    )
    out: list[str] = []
    session = Session(write=out.append, read_line=lambda prompt: "0.25")
    outcome = session.run(source, "<prog>")
    assert outcome.ok, outcome.traceback
    assert "".join(out) == "0.25\nRuntimeError\n"


def test_callbacks_recursing_forever_hit_the_recursion_limit() -> None:
    source = (
        "import random\n"
        "class R(random.Random):\n"
        "    def random(self):\n"
        "        return self.uniform(0, 1)\n"
        "R(1).random()\n"
    )
    out, error = _sandbox(source)
    assert error == "RecursionError"


# ---------------------------------------------------------------------------
# random: the environment seeds it


def _session_with_environment(out: list[str], env: environment.Environment) -> tuple[Session, object]:
    """A session that runs in ``env`` (the Session's own parameters when it has them)."""
    parameters = inspect.signature(Session).parameters
    if "deterministic" in parameters:
        return Session(write=out.append, deterministic=env.deterministic, seed=env.seed), None
    return Session(write=out.append), environment.activate(env)


def _run_in(env: environment.Environment, source: str) -> str:
    out: list[str] = []
    session, previous = _session_with_environment(out, env)
    try:
        outcome = session.run(source, "<prog>")
    finally:
        if previous is not None:
            environment.activate(previous)
    assert outcome.ok, outcome.traceback
    return "".join(out)


_DRAWS = (
    "import random\n"
    "print(random.random(), random.randint(1, 100), random.choice('abcdef'))\n"
    "x = list(range(10))\n"
    "random.shuffle(x)\n"
    "print(x, random.gauss(0, 1), random.Random().random())\n"
    "random.seed()\n"
    "print(random.random(), random.SystemRandom().random())\n"
)


def test_deterministic_random_is_reproducible_and_equals_cpython() -> None:
    first = _run_in(environment.Environment(deterministic=True, seed=1), _DRAWS)
    second = _run_in(environment.Environment(deterministic=True, seed=1), _DRAWS)
    assert first == second
    # Every generator starts from the environment's seed: the module, Random(),
    # seed() and SystemRandom() all equal CPython's random.seed(1).
    expected, error = _host(
        "import random\n"
        "random.seed(1)\n"
        "print(random.random(), random.randint(1, 100), random.choice('abcdef'))\n"
        "x = list(range(10))\n"
        "random.shuffle(x)\n"
        "print(x, random.gauss(0, 1), random.Random(1).random())\n"
        "random.seed(1)\n"
        "print(random.random(), random.Random(1).random())\n"
    )
    assert error is None
    assert first == expected
    other = _run_in(environment.Environment(deterministic=True, seed=2), _DRAWS)
    assert other != first


def test_unseeded_random_differs_between_sandboxes() -> None:
    source = "import random\nprint(random.random(), random.SystemRandom().random())\n"
    runs = {_sandbox(source)[0] for _ in range(3)}
    assert len(runs) == 3


def test_seeding_one_sandbox_leaves_another_alone() -> None:
    first = _run_in(
        environment.Environment(deterministic=True, seed=7), "import random\nprint(random.random())\n"
    )
    out: list[str] = []
    other, previous = _session_with_environment(out, environment.Environment(deterministic=True, seed=7))
    try:
        reseeding = Session()
        assert reseeding.run("import random\nrandom.seed(4)\nrandom.random()\n", "<a>").ok
        assert other.run("import random\nprint(random.random())\n", "<b>").ok
    finally:
        if previous is not None:
            environment.activate(previous)
    assert "".join(out) == first == _host("import random\nrandom.seed(7)\nprint(random.random())\n")[0]


# ---------------------------------------------------------------------------
# time: formatting and calendar, CPython (TZ=UTC) is the oracle

program(
    "time_struct_time",
    """
    import time
    for ts in (0, 1, -1, 86399.999, 1e9, 1234567890.5, 2**31, -2**31, 951782400, 4102444800, -1e10, 2**40):
        t = time.gmtime(ts)
        print(ts, t, t.tm_zone, t.tm_gmtoff, tuple(t), t[0], t[-1], t[2:5], len(t))
    t = time.gmtime(1700000000)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
    print(t == tuple(t), t == time.gmtime(1700000000), t < (2024,), t > (2023, 11, 14, 22), hash(t) == hash(tuple(t)))
    print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, time.struct_time.n_fields, t.__match_args__)
    print(isinstance(t, tuple), type(t).__name__, repr(type(t)), str(t) == repr(t), t.count(11), t.index(14))
    year, month, *rest = t
    print(year, month, rest, t + (1,), list(reversed(t))[:2], sorted(t)[-1], max(t))
    match t:
        case time.struct_time(tm_year=2023, tm_mon=m):
            print('matched', m)
    s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
    print(s, s.tm_zone, s.tm_gmtoff)
    s = time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 0, 'EST', -18000])
    print(s, s.tm_zone, s.tm_gmtoff, time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone)
    print(time.struct_time(x for x in range(9)), time.struct_time(sequence='abcdefghi').tm_mday)
    for bad in ((1, 2, 3), range(12), 5, None):
        try:
            time.struct_time(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        time.struct_time(range(9), 5)
    except TypeError as e:
        print('TypeError', e)
    try:
        class Sub(time.struct_time):
            pass
    except TypeError as e:
        print('TypeError', e)
    """,
)

program(
    "time_formatting",
    """
    import time
    stamps = (0, 1e9, 1234567890, 1700000000, -1e9, 2**33, 951782400, 1078012800)
    fmt = '%Y-%m-%d %H:%M:%S|%a %A %b %B|%c|%x %X|%j %U %W %w %u %V %G %g|%y %C %e %I %p|%Z %z|%%|%D %T %R %r %h %n%t|'
    for ts in stamps:
        print(time.strftime(fmt, time.gmtime(ts)))
        print(time.strftime(fmt, time.localtime(ts)))
        print(time.asctime(time.gmtime(ts)), '|', time.ctime(ts), '|', time.asctime(time.localtime(ts)))
        print(time.mktime(time.localtime(ts)), time.mktime(time.gmtime(ts)), time.localtime(ts))
    for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0), (1, 1, 1, 0, 0, 0, 0, 1, 0),
                (2000, 2, 29, 23, 59, 60, 1, 60, 1), (2000, 2, 29, 0, 0, 1, 0, 0, -1), (99999, 12, 31, 0, 0, 0, 6, 365, 0)]:
        print(time.strftime(fmt, tup), time.asctime(tup), time.mktime(tup))
    for tup in [(2020, 14, 40, 25, 61, 61, 0, 1, 0), (2020, -5, -40, -3, 0, 0, 0, 0, 0), (1969, 12, 31, 23, 59, 59, 0, 1, 0),
                (-100, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 1, 1), (2020, 1, 1, 0, 0, 0, 0, 1, 5)]:
        print(time.mktime(tup), time.localtime(time.mktime(tup)))
    print(time.strftime('', (1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%', (1, 1, 1, 0, 0, 0, 0, 1, 0)))
    print(time.strftime('%Q %4Y %-d', (1, 1, 1, 0, 0, 0, 0, 1, 0)), repr(time.strftime('\\ud800 é %Y', (1, 1, 1, 0, 0, 0, 0, 1, 0))))
    print(time.strftime('%Z|%z', time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'EST', -18000))))
    print(time.timezone, time.altzone, time.daylight, time.tzname, time.tzset())
    """,
)

program(
    "time_errors",
    """
    import time

    class Index:
        def __index__(self):
            return 0

    class Floaty:
        def __float__(self):
            return 0.0

    cases = [
        lambda: time.sleep('1'), lambda: time.sleep(None), lambda: time.sleep(1j), lambda: time.sleep(-1),
        lambda: time.sleep(-0.5), lambda: time.sleep(-1e-12), lambda: time.sleep(float('nan')),
        lambda: time.sleep(float('inf')), lambda: time.sleep(-float('inf')), lambda: time.sleep(1e300),
        lambda: time.sleep(10**30), lambda: time.sleep(-10**30), lambda: time.sleep(9223372037),
        lambda: time.sleep(Floaty()), lambda: time.sleep(Index()), lambda: time.sleep(-0.0), lambda: time.sleep(False),
        lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1), lambda: time.sleep(0, x=1),
        lambda: time.time(1), lambda: time.time(x=1), lambda: time.monotonic(1), lambda: time.perf_counter(None),
        lambda: time.process_time(1), lambda: time.time_ns(1), lambda: time.monotonic_ns(1),
        lambda: time.perf_counter_ns(1), lambda: time.process_time_ns(1),
        lambda: time.gmtime(1, 2), lambda: time.gmtime(x=1), lambda: time.gmtime('x'), lambda: time.gmtime(1e20),
        lambda: time.gmtime(float('nan')), lambda: time.gmtime(10**20), lambda: time.gmtime(1e18),
        lambda: time.localtime('x'), lambda: time.localtime(1, 2), lambda: time.ctime(1e20), lambda: time.ctime('x'),
        lambda: time.ctime(1, 2), lambda: time.asctime((1, 2)), lambda: time.asctime('x'), lambda: time.asctime(None),
        lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(1, 2),
        lambda: time.mktime(), lambda: time.mktime((2020, 1, 1, 0, 0, 0, 0, 1)), lambda: time.mktime('x'),
        lambda: time.mktime(('a', 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((10**10, 1, 1, 0, 0, 0, 0, 1, 0)),
        lambda: time.mktime((2**31, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0)),
        lambda: time.mktime((2020, 1.5, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((2020, -2**31 - 1, 1, 0, 0, 0, 0, 1, 0)),
        lambda: time.strftime(), lambda: time.strftime(1), lambda: time.strftime(b'%Y'), lambda: time.strftime('%Y', 5),
        lambda: time.strftime('%Y', (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('\\0x', (1,) * 9),
        lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1)), lambda: time.strftime('%Y', None),
        lambda: time.strftime('%Y', (2020, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
        lambda: time.strftime('%Y', (2020, 1, 1, 0, 60, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
        lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
        lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0), 1), lambda: time.strftime('%Y', t=(1,)),
        lambda: time.tzset(1),
    ]
    for i, case in enumerate(cases):
        try:
            print(i, 'ok', case())
        except Exception as e:
            print(i, type(e).__name__, e)
    time.gmtime('boom')
    """,
)


# ---------------------------------------------------------------------------
# time: clocks and sleep


def test_clocks_are_plausible_and_monotonic() -> None:
    source = (
        "import time\n"
        "ts = [time.monotonic() for _ in range(200)]\n"
        "ps = [time.perf_counter() for _ in range(200)]\n"
        "ns = [time.monotonic_ns() for _ in range(200)]\n"
        "print(all(a <= b for a, b in zip(ts, ts[1:])), all(a <= b for a, b in zip(ps, ps[1:])))\n"
        "print(all(a <= b for a, b in zip(ns, ns[1:])), type(ns[0]).__name__, type(ts[0]).__name__)\n"
        "print(time.time(), time.time_ns(), time.process_time() >= 0, type(time.process_time_ns()).__name__)\n"
        "print(type(time.perf_counter_ns()).__name__, time.thread_time() >= 0)\n"
    )
    before = time.time()
    out, error = _sandbox(source)
    after = time.time()
    assert error is None
    lines = out.splitlines()
    assert lines[0] == "True True"
    assert lines[1] == "True int float"
    wall, wall_ns, cpu_ok, ns_type = lines[2].split()
    assert before <= float(wall) <= after
    assert abs(int(wall_ns) / 1e9 - float(wall)) < 1.0
    assert (cpu_ok, ns_type) == ("True", "int")
    assert lines[3] == "int True"


def test_sleep_waits() -> None:
    source = (
        "import time\n"
        "t0 = time.monotonic()\n"
        "w0 = time.time()\n"
        "time.sleep(0.05)\n"
        "print(time.monotonic() - t0 >= 0.05, time.time() - w0 >= 0.04)\n"
        "time.sleep(0)\n"
        "print(time.sleep(0.001))\n"
    )
    started = time.perf_counter()
    out, error = _sandbox(source)
    assert error is None
    assert time.perf_counter() - started >= 0.05
    assert out == "True True\nNone\n"


def test_sleep_does_not_count_as_compute_time() -> None:
    session = Session(limits=Limits.unlimited(timeout=0.5))
    outcome = session.run("import time\ntime.sleep(0.6)\nprint(time.process_time() < 0.5)\n", "<prog>")
    assert outcome.ok, outcome.traceback


def test_sleep_yields_a_request_and_raises_host_errors() -> None:
    from interp.stdlib import time as sandbox_time

    gen = sandbox_time._sleep(0.25)
    request = next(gen)
    assert type(request) is SleepRequest and request.seconds == 0.25
    with pytest.raises(StopIteration):
        gen.send(None)
    gen = sandbox_time._sleep(1)
    request = next(gen)
    assert request.seconds == 1.0 and type(request.seconds) is float
    with pytest.raises(KeyError, match="interrupted"):
        gen.send(HostError(KeyError("interrupted")))


def test_deterministic_sleep_advances_the_virtual_clock() -> None:
    if "deterministic" not in inspect.signature(Session).parameters:
        pytest.skip("the session has no deterministic mode")
    source = (
        "import time\n"
        "t0 = time.time()\n"
        "m0 = time.monotonic()\n"
        "time.sleep(3600)\n"
        "print(t0 >= 946684800, 3600 <= time.time() - t0 < 3601, 3600 <= time.monotonic() - m0 < 3601)\n"
        "print(time.gmtime(t0)[:3], time.localtime()[:4], time.strftime('%Y'), time.ctime()[:13])\n"
        "print(time.process_time() < 1)\n"
    )
    started = time.process_time()
    first = _run_in(environment.Environment(deterministic=True, seed=0), source)
    second = _run_in(environment.Environment(deterministic=True, seed=0), source)
    assert time.process_time() - started < 30
    assert first == second
    assert first == "True True True\n(2000, 1, 1) (2000, 1, 1, 1) 2000 Sat Jan  1 01\nTrue\n"


def test_virtual_clock_of_the_environment() -> None:
    env = environment.Environment(deterministic=True, seed=3)
    saved = meter.activate(meter.Meter())
    try:
        assert env.time() == environment.VIRTUAL_EPOCH
        assert env.monotonic() == env.perf_counter() == env.process_time() == 0.0
        env.advance(2.5)
        env.advance(-1)  # never backwards
        assert env.time() == environment.VIRTUAL_EPOCH + 2.5
        assert env.monotonic() == 2.5
        assert env.process_time() == 0.0  # sleeping is not compute
        meter.current.countdown -= 1000
        steps = meter.current.count_steps()
        assert steps >= 1000
        assert env.monotonic() == pytest.approx(2.5 + steps * environment.STEP_SECONDS)
        assert env.process_time() == pytest.approx(steps * environment.STEP_SECONDS)
        assert env.random_seed() == env.random_seed() == 3
    finally:
        meter.activate(saved)
    real = environment.Environment()
    assert real.random_seed() != real.random_seed()
    assert abs(real.time() - time.time()) < 1


def test_time_module_reads_the_environment() -> None:
    """The sandbox's clocks are the environment's, never the host's directly."""
    from interp.runtime.functions import run_nested
    from interp.stdlib import time as sandbox_time

    class Fixed(environment.Environment):
        def time(self) -> float:
            return 86400.0 * 365

        def monotonic(self) -> float:
            return 7.0

        def perf_counter(self) -> float:
            return 8.0

        def process_time(self) -> float:
            return 9.0

    module = sandbox_time.create()
    previous = environment.activate(Fixed())
    try:
        got = [
            run_nested(_call(module.__dict__[name]))
            for name in ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "process_time_ns")
        ]
        assert got == [31536000.0, 31536000 * 10**9, 7.0, 7 * 10**9, 8.0, 9 * 10**9]
        assert run_nested(_call(module.__dict__["gmtime"]))[:3] == (1971, 1, 1)
        assert run_nested(_call(module.__dict__["ctime"])) == "Fri Jan  1 00:00:00 1971"
        assert run_nested(_call(module.__dict__["strftime"], "%Y %Z")) == "1971 UTC"
    finally:
        environment.activate(previous)


def _call(fn: object, *args: object) -> object:
    from interp.runtime.calls import call

    return call(fn, args, None)


# ---------------------------------------------------------------------------
# Every program above, against CPython


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_matches_cpython(name: str) -> None:
    source = PROGRAMS[name]
    expected = _host(source)
    actual = _sandbox(source)
    assert actual[0] == expected[0]
    assert actual[1] == expected[1]
