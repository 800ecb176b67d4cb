"""Tests of the sandbox's ``math`` module against the host's ``math``."""

from __future__ import annotations

import math
from typing import Any

import pytest

from interp import bootstrap
from interp.runtime import attributes, calls, classes, meter
from interp.runtime.control import TIME_SLICE, LimitExceeded, TimeSlice
from interp.runtime.functions import Code, Function, run_nested
from interp.runtime.limits import Limits
from interp.runtime.modules import Module
from interp.runtime.native import Builtin
from interp.stdlib import MODULES
from interp.stdlib.math import create

bootstrap.load()


@pytest.fixture(scope="module")
def M() -> Module:
    return create()


def fn(M: Module, name: str) -> Any:
    return attributes.load_attr(M, name)


def run(f: Any, *args: Any, **kwargs: Any) -> Any:
    return run_nested(calls.call(f, args, kwargs or None))


def outcome(thunk: Any) -> tuple:
    try:
        value = thunk()
    except Exception as error:
        return ("error", type(error).__name__, str(error))
    # repr: NaN != NaN, and 1 == 1.0 == True would hide a wrong result type.
    return ("ok", type(value).__name__, repr(value))


def test_registered_and_complete(M: Module) -> None:
    assert MODULES["math"] is create
    host_names = {n for n in dir(math) if not n.startswith("_")}
    ours = {n for n in M.__dict__ if not n.startswith("_")}
    assert ours == host_names
    for name in host_names:
        value = M.__dict__[name]
        if callable(getattr(math, name)):
            assert type(value) is Builtin, name
            assert repr(value) == f"<built-in function {name}>"
        else:
            assert value == getattr(math, name) or math.isnan(value)
    assert repr(M) == "<module 'math'>"


def test_each_call_makes_a_fresh_module() -> None:
    a, b = create(), create()
    a.__dict__["pi"] = 3
    assert b.__dict__["pi"] == math.pi


VALUES = [0, 1, -1, 2, 0.5, -0.5, 1e308, -1e-308, 10**30, float("inf"), float("nan"), True, "x", None, 3j]

ONE_ARG = (
    "acos acosh asin asinh atan atanh cbrt ceil cos cosh degrees erf erfc exp exp2 expm1 fabs "
    "factorial floor frexp gamma isfinite isinf isnan isqrt lgamma log log10 log1p log2 modf "
    "radians sin sinh sqrt tan tanh trunc ulp"
).split()
TWO_ARGS = "atan2 copysign fmod gcd lcm ldexp log nextafter pow remainder comb perm isclose".split()


@pytest.mark.parametrize("name", [n for n in ONE_ARG if hasattr(math, n)])
def test_one_argument_functions_match_host(M: Module, name: str) -> None:
    for x in VALUES:
        expected = outcome(lambda x=x: getattr(math, name)(x))
        got = outcome(lambda x=x: run(fn(M, name), x))
        assert got == expected, (name, x)


@pytest.mark.parametrize("name", [n for n in TWO_ARGS if hasattr(math, n)])
def test_two_argument_functions_match_host(M: Module, name: str) -> None:
    small = [0, 1, -3, 2.5, 7, 10, float("inf"), "s"]
    for x in small:
        for y in small:
            expected = outcome(lambda x=x, y=y: getattr(math, name)(x, y))
            got = outcome(lambda x=x, y=y: run(fn(M, name), x, y))
            assert got == expected, (name, x, y)


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("hypot", (3, 4, 12), {}),
        ("hypot", (), {}),
        ("dist", ((0, 0), (3, 4)), {}),
        ("dist", ((0,), (3, 4)), {}),
        ("gcd", (12, 18, 27), {}),
        ("gcd", (), {}),
        ("lcm", (4, 6, 10), {}),
        ("isclose", (1.0, 1.0 + 1e-10), {"rel_tol": 1e-12}),
        ("isclose", (1.0, 1.0), {"rel_tol": -1}),
        ("log", (8, 2), {}),
        ("perm", (5,), {}),
        ("perm", (5, None), {}),
        ("factorial", (-1,), {}),
        ("factorial", (2.0,), {}),
        ("factorial", (), {}),
        ("comb", (5, -1), {}),
        ("comb", (5, 7), {}),
        ("comb", (1.5, 1), {}),
        ("prod", ([1, 2, 3, 4],), {}),
        ("prod", ([1.5, 2],), {}),
        ("prod", ([],), {}),
        ("prod", ([2, 3],), {"start": 10}),
        ("prod", ([[1], 2],), {}),
        ("prod", ((),), {"start": "ab"}),
        ("prod", (), {}),
        ("prod", ([1],), {"begin": 1}),
        ("prod", (5,), {}),
        ("fsum", ([0.1] * 10,), {}),
        ("fsum", ([1e100, 1.0, -1e100],), {}),
        ("fsum", ([float("inf"), -float("inf")],), {}),
        ("fsum", (["a"],), {}),
        ("fsum", (), {}),
        ("fsum", (3,), {}),
        ("sumprod", ([1, 2, 3], [4, 5, 6]), {}),
        ("sumprod", ([1.5, 2], [2, 0.25]), {}),
        ("sumprod", ([1], [1, 2]), {}),
        ("sumprod", ([1],), {}),
        ("fma", (2.0, 3.0, 1.0), {}),
        ("nextafter", (1.0, 2.0), {"steps": 3}),
    ],
)
def test_other_calls_match_host(M: Module, name: str, args: tuple, kwargs: dict) -> None:
    if not hasattr(math, name):
        assert name not in M.__dict__
        return
    if name == "nextafter" and kwargs:
        try:
            math.nextafter(1.0, 2.0, steps=1)
        except TypeError:
            pytest.skip("nextafter(steps=) is 3.12+")
    expected = outcome(lambda: getattr(math, name)(*args, **kwargs))
    got = outcome(lambda: run(fn(M, name), *args, **kwargs))
    assert got == expected


def test_huge_factorial_comb_perm_are_refused(M: Module) -> None:
    for name, args in (
        ("factorial", (10**6,)),
        ("factorial", (10**7,)),
        ("comb", (10**6, 5 * 10**5)),
        ("perm", (10**6, 5 * 10**5)),
        ("perm", (10**7,)),
    ):
        with pytest.raises(MemoryError):
            run(fn(M, name), *args)
    with pytest.raises(OverflowError):
        run(fn(M, "factorial"), 10**30)
    assert run(fn(M, "factorial"), 1000) == math.factorial(1000)
    assert run(fn(M, "comb"), 10**9, 3) == math.comb(10**9, 3)
    assert run(fn(M, "comb"), 10**6, 10**6 - 2) == math.comb(10**6, 2)
    assert run(fn(M, "perm"), 100, 50) == math.perm(100, 50)


def test_prod_is_capped(M: Module) -> None:
    with pytest.raises(MemoryError):
        run(fn(M, "prod"), ["a", 10**12])
    saved = meter.current
    meter.activate(meter.Meter(Limits.unlimited(max_memory=10_000)))
    try:
        with pytest.raises(MemoryError):
            run(fn(M, "prod"), [10**5000] * 40)
    finally:
        meter.activate(saved)


def test_prod_ticks_the_meter(M: Module) -> None:
    saved = meter.current
    meter.activate(meter.Meter(Limits.unlimited(max_steps=3000)))
    try:
        with pytest.raises(LimitExceeded):
            run(fn(M, "prod"), [1] * 100_000)
    finally:
        meter.activate(saved)


def _pausing_iterable() -> Any:
    """A sandbox generator (made by hand) that pauses before each of 1.5, 2.0, 4.0."""

    def body(frame: list) -> Any:
        for value in (1.5, 2.0, 4.0):
            yield TIME_SLICE
            yield value

    code = Code(
        name="g",
        qualname="g",
        filename="<test>",
        firstlineno=1,
        argnames=(),
        posonlycount=0,
        kwonlynames=(),
        has_varargs=False,
        has_varkw=False,
        nslots=1,
        cell_params=(),
        new_cells=(),
        free_slots=(),
        body=body,
        body_is_generator=True,
        kind="generator",
        slot_names=(),
    )
    return run(Function(code, {"__name__": "__main__"}))


@pytest.mark.parametrize(("name", "expected"), [("prod", 12.0), ("fsum", 7.5)])
def test_iterable_functions_can_suspend(M: Module, name: str, expected: float) -> None:
    gen = calls.call(fn(M, name), (_pausing_iterable(),), None)
    pauses = 0
    try:
        request = gen.send(None)
        while True:
            assert isinstance(request, TimeSlice)
            pauses += 1
            request = gen.send(None)
    except StopIteration as stop:
        assert stop.value == expected
    assert pauses == 3


def test_floor_ceil_trunc_dispatch_to_user_dunders(M: Module) -> None:
    def method(py: Any, name: str) -> Function:
        def body(frame: list) -> Any:
            frame[0] = py(frame[1])

        code = Code(
            name=name,
            qualname=name,
            filename="<test>",
            firstlineno=1,
            argnames=("self",),
            posonlycount=0,
            kwonlynames=(),
            has_varargs=False,
            has_varkw=False,
            nslots=2,
            cell_params=(),
            new_cells=(),
            free_slots=(),
            body=body,
            body_is_generator=False,
            kind="function",
            slot_names=("self",),
        )
        return Function(code, {"__name__": "__main__"})

    ns = {
        "__module__": "__main__",
        "__floor__": method(lambda self: "floor!", "__floor__"),
        "__ceil__": method(lambda self: "ceil!", "__ceil__"),
        "__trunc__": method(lambda self: "trunc!", "__trunc__"),
    }
    cls = run_nested(classes.create_class(type, "N", (), ns, None))
    obj = object.__new__(cls)
    assert run(fn(M, "floor"), obj) == "floor!"
    assert run(fn(M, "ceil"), obj) == "ceil!"
    assert run(fn(M, "trunc"), obj) == "trunc!"


def test_no_host_objects_reachable(M: Module) -> None:
    for name, value in M.__dict__.items():
        assert type(value) in (Builtin, float, str, type(None)), name
        if type(value) is Builtin:
            for forbidden in ("fn", "__globals__", "__subclasses__", "__code__", "__builtins__"):
                with pytest.raises(AttributeError):
                    attributes.load_attr(value, forbidden)
