"""Big-int bombs end by the limit that governs them, and big-int results stay CPython's.

Each bomb is one host operation that would run for seconds to hours in C (a huge
product, division, power, modular power, square root, gcd, sum): run through
``interp.Sandbox`` with small limits, the test asserts WHICH limit ended it (never a
duration).  The correctness tests run the same program, with operands large enough
for the piecewise path of :mod:`interp.runtime.bigint`, under CPython and in the
sandbox, and compare the outputs.
"""

from __future__ import annotations

import asyncio
import math
import random
import subprocess
import sys
import textwrap
import threading

import pytest

import interp
from interp.runtime import bigint, meter
from interp.runtime.limits import Limits

#: ``x`` has 10**8 bits (12.5 MB), built by a shift, which is linear and quick; ``d``
#: has half as many, in a pattern that leaves long divisions real work to do.
_SETUP = "import math\nx = 1 << 10**8\nd = (x >> 5 * 10**7) // 7 * 5 + 12345\n"

#: Each program would keep the host busy for far longer than the limits allow.
BOMBS = {
    "pow_then_square": "y = pow(3, 10**8)\ny = y * y",
    "mul": "y = (x - 1) * (x - 3)",
    "imul": "y = x - 1\ny *= x - 3",
    "floordiv": "y = (x - 1) // d",
    "floordiv_negative": "y = -(x - 1) // d",
    "mod": "y = (x - 1) % d",
    "divmod": "y = divmod(x - 1, d)",
    "dunder_floordiv": "y = (x - 1).__floordiv__(d)",
    "int_subclass_floordiv": "class I(int): pass\ny = I(x - 1) // I(d)",
    "pow_huge_base": "y = (x - 1) ** 3",
    "modpow": "y = pow(x - 1, x - 3, (x >> 1) - 5)",
    "isqrt": "y = math.isqrt(x - 1)",
    "gcd_many": "y = math.gcd(*[(x >> 98 * 10**6) * k - 1 for k in range(3, 30)])",
    "lcm_many": "y = math.lcm(*[(x >> 98 * 10**6) * k - 1 for k in range(3, 30)])",
    "operator_floordiv": "import operator\ny = operator.floordiv(x - 1, d)",
    "sum_big": "y = sum([x - 1] * 10**6)",
    "sort": "y = sorted(list(bytes(range(256)) * 4 * 10**4))",
    "medium_loop": "a = 3 ** 300000\nwhile True:\n    a * a",
}


def _result(program: str, **limits: object) -> interp.Result:
    sandbox = interp.Sandbox(limits=interp.Limits(**limits))
    return sandbox.run(_SETUP + program)


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_bomb_ends_by_timeout(name: str) -> None:
    result = _result(BOMBS[name], timeout=1.0, max_memory=512 << 20)
    assert not result.ok
    assert result.error.limit == "timeout", result.error


@pytest.mark.parametrize("name", ["mul", "floordiv", "modpow", "isqrt", "pow_then_square"])
def test_bomb_ends_by_max_steps(name: str) -> None:
    # Big-int work is charged to the step budget too (a step per microsecond of it).
    result = _result(BOMBS[name], max_steps=100_000, max_memory=512 << 20)
    assert not result.ok
    assert result.error.limit == "max_steps", result.error


@pytest.mark.parametrize(
    "program", ["math.gcd(x - 1, x - 3)", "math.lcm(x - 1, x - 3)", "pow(x - 3, -1, x - 1)"]
)
def test_unsplittable_operation_is_refused_without_a_time_limit(program: str) -> None:
    # Hours of gcd in one host call: refused up front even when no limit would end it.
    result = _result(f"try:\n    {program}\nexcept MemoryError as e:\n    print(e)", timeout=None)
    assert result.ok, result.error
    assert "too large to compute in the sandbox" in result.stdout


def test_result_over_memory_limit_is_refused() -> None:
    # Refused before any work: a MemoryError the program can catch, not a long run.
    program = "x = (1 << 3 * 10**7) - 1\ntry:\n    x ** 5\nexcept MemoryError:\n    print('refused')"
    result = interp.Sandbox(limits=interp.Limits(max_memory=16 << 20)).run(program)
    assert result.stdout == "refused\n", result


@pytest.mark.parametrize("name", ["mul", "floordiv", "modpow", "sum_big"])
def test_stop_ends_a_bomb(name: str) -> None:
    started = threading.Event()

    def begin() -> None:
        started.set()

    async def main() -> interp.Result:
        task = asyncio.ensure_future(sandbox.run_async(_SETUP + "begin()\n" + BOMBS[name]))
        while not started.is_set():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.3)
        sandbox.stop()
        return await task

    sandbox = interp.Sandbox(
        capabilities={"begin": begin}, limits=interp.Limits(timeout=60.0, max_memory=512 << 20)
    )
    result = asyncio.run(main())
    assert not result.ok
    assert result.error.limit == "stopped", result.error


# ---------------------------------------------------------------------------
# Results: the same program under CPython and in the sandbox

_CORRECTNESS = textwrap.dedent(
    """
    import math
    a = 3 ** 250000 + 12345
    b = 7 ** 70000 - 1
    c = -(5 ** 120000)
    def show(*values):
        for v in values:
            if isinstance(v, tuple):
                show(*v)
            else:
                print(v.bit_length(), hash(v), v & 0xFFFFFFFF, v < 0)
    show(a * b, a * a, a * c, c * c, b * 12345678901234567890123)
    show(a // b, a % b, divmod(a, b), divmod(c, b), divmod(a, -b), divmod(c, -b))
    show(a // 3, c // 7, -a % 7, a.__floordiv__(b), b.__rfloordiv__(a), b.__rmod__(a))
    show(pow(a, 3), pow(c, 3), pow(b, 2), (-2) ** 100001, 6 ** 400000)
    m = 10 ** 3000 + 7
    show(pow(a, b % 10 ** 300, m), pow(c, 10 ** 200, -m), pow(3, -5, m))
    show(math.isqrt(a), math.isqrt(a * a), math.isqrt(a * a - 1))
    show(math.factorial(40000), math.comb(90000, 30000), math.perm(50000, 20000))
    show(math.gcd(a * b, b * c), math.lcm(a, b, 30), math.gcd(a), math.lcm(-a))
    show(sum([a, b, c] * 50), sum([a, b, c], 5), sum([True, 1, 2] * 10))
    class I(int):
        pass
    show(I(a) * I(b), I(a) // I(b), I(a) % I(b), pow(I(a), 2))
    x = a
    x //= b
    y = a
    y *= c
    show(x, y)
    """
)


def test_results_match_cpython() -> None:
    expected = subprocess.run(
        [sys.executable, "-c", _CORRECTNESS], capture_output=True, text=True, check=True
    ).stdout
    result = interp.Sandbox(limits=interp.Limits(timeout=120.0)).run(_CORRECTNESS)
    assert result.ok, result.error
    assert result.stdout == expected


def test_errors_match_cpython() -> None:
    program = textwrap.dedent(
        """
        a = 3 ** 600000
        for expression in ("a // 0", "a % 0", "divmod(a, 0)", "pow(a, 5, 0)", "pow(a * 3, -1, 3 ** 5000)",
                           "a.__floordiv__(0)", "a.__divmod__(0.0)", "pow(a, -1)"):
            try:
                value = eval(expression)
                print(expression, type(value).__name__)
            except (ArithmeticError, ValueError, TypeError) as error:
                print(expression, type(error).__name__, error)
        """
    )
    expected = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout
    result = interp.Sandbox(limits=interp.Limits(timeout=60.0)).run(program)
    assert result.ok, result.error
    assert result.stdout == expected


# ---------------------------------------------------------------------------
# The piecewise algorithms, with pieces made tiny so that every branch splits


@pytest.fixture
def tiny_pieces(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(bigint, "PIECE", 1e-5)
    saved = meter.activate(meter.Meter(Limits.unlimited()))
    try:
        yield
    finally:
        meter.activate(saved)


def _numbers(rng: random.Random, count: int) -> list[int]:
    out = []
    for _ in range(count):
        value = rng.getrandbits(rng.choice([1, 40, 300, 3000, 20000]))
        out.append(-value if rng.random() < 0.3 else value)
    return out


def test_piecewise_arithmetic_matches_host(tiny_pieces: None) -> None:
    rng = random.Random(13)
    numbers = _numbers(rng, 160)
    for a, b in zip(numbers, reversed(numbers)):
        assert bigint.run(bigint.mul_pieces(a, b)) == a * b
        assert bigint.run(bigint.mul_pieces(a, a)) == a * a
        if b:
            assert bigint.run(bigint.divmod_pieces(a, b)) == divmod(a, b)
        assert bigint.gcd2(a, b) == math.gcd(a, b)
        if a >= 0:
            assert bigint.run(bigint.isqrt_pieces(a)) == math.isqrt(a)
    for base in (3, -3, 2**10, -8, 7**40, -(2**31) + 1):
        for exponent in (2, 3, 17, 1000, 4097):
            assert bigint.power(base, exponent) == base**exponent
            assert bigint.run(bigint.pow_pieces(base, exponent)) == base**exponent
    for k in (0, 1, 5, 33, 100, 1000):
        assert bigint.run(bigint.product_pieces(range(1, k + 1))) == math.factorial(k)
    assert bigint.run(bigint.sum_pieces(numbers, 7)) == sum(numbers, 7)


def test_piecewise_sort_matches_host(tiny_pieces: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # Same order, same objects (equal values keep their order: the sort is stable).
    monkeypatch.setattr(bigint, "SORT_CHUNK", 7)
    rng = random.Random(3)
    for trial in range(200):
        n = rng.randrange(0, 200)
        kind = trial % 4
        if kind == 0:
            items = [rng.randrange(10) for _ in range(n)]
        elif kind == 1:
            items = [rng.choice([rng.randrange(5), rng.randrange(5) + 0.0, True, False]) for _ in range(n)]
        elif kind == 2:
            items = [str(rng.randrange(20)) for _ in range(n)]
        else:
            items = [10**30 + rng.randrange(4) for _ in range(n)]
        for reverse in (False, True):
            got = bigint.run(bigint.sort_pieces(list(items), reverse))
            expected = sorted(items, reverse=reverse)
            assert [id(x) for x in got] == [id(x) for x in expected]
    for items in ([1.0, float("nan")], [1, "a"], [(1,), (2,)]):
        assert not bigint.run(bigint.plainly_sortable(items))
    for items in ([1.0, True, 2], ["a", "b"], [b"a"], []):
        assert bigint.run(bigint.plainly_sortable(items))


def test_big_sorts_match_cpython() -> None:
    program = textwrap.dedent(
        """
        data = list(bytes(range(256)) * 1000)
        words = [str(i * 7919 % 100003) for i in range(150000)]
        mixed = [i % 1000 + (0.5 if i % 3 else 0) for i in range(150000)] + [True, False] * 100
        for values in (data, words, mixed):
            for reverse in (False, True):
                out = sorted(values, reverse=reverse)
                numbers = tuple(map(int, out)) if type(out[0]) is str else tuple(out)  # str hashes vary
                print(len(out), hash(numbers), [type(v).__name__ for v in out[:3] + out[-3:]])
        """
    )
    expected = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "0"},
    ).stdout
    result = interp.Sandbox(limits=interp.Limits(timeout=120.0)).run(program)
    assert result.ok, result.error
    assert result.stdout == expected


@pytest.mark.parametrize(("step", "piece"), [(1e-7, 1e-5), (2e-5, 1e-4), (1e-3, 1e-5)])
def test_piecewise_modpow_matches_host(
    tiny_pieces: None, monkeypatch: pytest.MonkeyPatch, step: float, piece: float
) -> None:
    # The three strategies: grouped host pow() calls, a window table, one bit at a time.
    monkeypatch.setattr(bigint, "PIECE", piece)
    rng = random.Random(7)
    for _ in range(30):
        a = rng.getrandbits(rng.choice([10, 300, 3000])) * rng.choice([1, -1])
        b = rng.getrandbits(rng.choice([5, 100, 700]))
        m = rng.getrandbits(rng.choice([70, 300, 1000])) * rng.choice([1, -1])
        if m:
            assert bigint.run(bigint.modpow_pieces(a, b, m, step)) == pow(a, b, m)
