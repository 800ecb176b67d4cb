"""Tests of the sandbox's builtins namespace (interp.runtime.builtins).

Builtins are driven the way compiled code drives them: ``call(builtin, args,
kwargs)`` run to completion with ``run_nested`` (or by hand, to watch suspensions).
Host CPython is the oracle for results, exception types and messages.
"""

from __future__ import annotations

import builtins as host
import math
from typing import Any

import pytest

from interp import bootstrap
from interp.runtime import attributes, calls, classes, links, meter
from interp.runtime import builtins as sb_builtins
from interp.runtime.builtins import make_builtins
from interp.runtime.control import TIME_SLICE, HostError, InputRequest, LimitExceeded, TimeSlice
from interp.runtime.descriptors import ClassMethod, Property, StaticMethod, Super
from interp.runtime.exceptions import SandboxStopIteration
from interp.runtime.functions import BoundMethod, Code, Function, run_nested
from interp.runtime.iteration import RUNTIME_ITERATORS, to_list
from interp.runtime.limits import Limits
from interp.runtime.modules import make_module
from interp.runtime.native import BoundBuiltin, Builtin

# Register every table and hook the way a sandbox does at start-up.
bootstrap.load()


@pytest.fixture
def out() -> list[str]:
    return []


@pytest.fixture
def B(out: list[str]) -> dict[str, Any]:
    return make_builtins(write=out.append)


def run(f: Any, *args: Any, **kwargs: Any) -> Any:
    return run_nested(calls.call(f, args, kwargs or None))


def sandbox_function(py: Any, name: str = "f", *, pause: bool = False) -> Function:
    """A sandbox Function whose body runs host function ``py`` (optionally pausing first)."""
    n = py.__code__.co_argcount
    argnames = py.__code__.co_varnames[:n]

    if pause:

        def body(frame: list) -> Any:
            yield TIME_SLICE
            frame[0] = py(*frame[1 : n + 1])

    else:

        def body(frame: list) -> Any:
            frame[0] = py(*frame[1 : n + 1])

    code = Code(
        name=name,
        qualname=name,
        filename="<test>",
        firstlineno=1,
        argnames=argnames,
        posonlycount=0,
        kwonlynames=(),
        has_varargs=False,
        has_varkw=False,
        nslots=n + 1,
        cell_params=(),
        new_cells=(),
        free_slots=(),
        body=body,
        body_is_generator=pause,
        kind="function",
        slot_names=argnames,
    )
    return Function(code, {"__name__": "__main__"})


def user_class(name: str, methods: dict[str, Any], bases: tuple = ()) -> type:
    ns = {"__module__": "__main__", "__qualname__": name}
    for key, value in methods.items():
        ns[key] = sandbox_function(value, key) if callable(value) and not isinstance(value, type) else value
    return run_nested(classes.create_class(type, name, bases, ns, None))


def outcome(thunk: Any) -> tuple:
    try:
        value = thunk()
        if type(value) in RUNTIME_ITERATORS or type(value).__name__.endswith("iterator"):
            value = ("iter", run_nested(to_list(value)))
    except SandboxStopIteration as error:
        return ("error", "StopIteration", str(error))
    except Exception as error:
        return ("error", type(error).__name__, str(error))
    return ("ok", value)


def host_outcome(thunk: Any) -> tuple:
    try:
        value = thunk()
        if type(value) in (map, filter, zip, enumerate, reversed) or type(value).__name__.endswith(
            "iterator"
        ):
            value = ("iter", list(value))
    except Exception as error:
        return ("error", type(error).__name__, str(error))
    return ("ok", value)


def has_object_table() -> bool:
    return attributes.lookup(object, "__getattribute__")[0] is not attributes.MISSING


needs_object_table = pytest.mark.skipif(
    "not has_object_table()", reason="object's table (the lead's) is not registered yet"
)


def new(cls: type) -> Any:
    """An instance of user class ``cls`` without running sandbox ``__new__``/``__init__``."""
    return object.__new__(cls)


# ---------------------------------------------------------------------------
# The namespace


def test_namespace_contents(B: dict[str, Any]) -> None:
    for name in (
        "print len range enumerate zip map filter reversed sorted min max sum any all abs round divmod "
        "pow isinstance issubclass type getattr setattr hasattr delattr iter next id hash repr ascii chr "
        "ord bin hex oct format callable vars dir globals locals input exit quit exec eval compile aiter "
        "anext super property classmethod staticmethod object int float complex bool str bytes "
        "bytearray memoryview list tuple dict set frozenset slice NotImplemented Ellipsis ValueError "
        "StopIteration BaseException KeyboardInterrupt"
    ).split():
        assert name in B, name
    for name in ("open", "breakpoint", "help", "copyright", "credits", "license"):
        assert name not in B, name
    assert "__import__" in B  # the sandbox's own import (tests/escapes/jail/dunder_import_host_modules.py)
    assert B["StopIteration"] is SandboxStopIteration
    assert B["property"] is Property and B["super"] is Super


def test_no_host_callables_in_namespace(B: dict[str, Any]) -> None:
    for name, value in B.items():
        if isinstance(value, type) or value in (NotImplemented, Ellipsis, True):
            continue
        assert type(value) is Builtin, name


def test_each_sandbox_gets_its_own_dict(out: list[str]) -> None:
    first, second = make_builtins(write=out.append), make_builtins(write=out.append)
    first["len"] = None
    assert second["len"] is not None
    assert first["print"] is not second["print"]


# ---------------------------------------------------------------------------
# Generated comparisons with the host


def _sq(x: Any) -> Any:
    return x * x


CASES: list[Any] = [
    ("len", ([1, 2],), {}),
    ("len", (1,), {}),
    ("len", (), {}),
    ("len", ([], []), {}),
    ("abs", (-3.5,), {}),
    ("abs", ("x",), {}),
    ("divmod", (7, -2), {}),
    ("divmod", (7.5, 2), {}),
    ("divmod", (1, 0), {}),
    ("divmod", (1,), {}),
    ("round", (2.675, 2), {}),
    ("round", (15, -1), {}),
    ("round", (0.5,), {}),
    ("round", ("x",), {}),
    ("pow", (2, 10), {}),
    ("pow", (2, 10, 7), {}),
    ("pow", (2, -1, 7), {}),
    ("pow", (), {"base": 3, "exp": 2}),
    ("pow", (), {}),
    ("pow", (2,), {"base": 3, "exp": 2}),
    ("pow", (0, -1), {}),
    ("bin", (10,), {}),
    ("bin", (-10,), {}),
    ("bin", (1.5,), {}),
    ("hex", (255,), {}),
    ("oct", (8,), {}),
    ("chr", (65,), {}),
    ("chr", (-1,), {}),
    ("ord", ("a",), {}),
    ("ord", ("ab",), {}),
    ("repr", ("a'b",), {}),
    ("ascii", ("é",), {}),
    ("hash", ((1, 2),), {}),
    ("hash", ([],), {}),
    ("callable", (len,), {}),
    ("callable", (1,), {}),
    ("isinstance", (1, int), {}),
    ("isinstance", (True, (str, int)), {}),
    ("isinstance", (1, 2), {}),
    ("isinstance", (1,), {}),
    ("issubclass", (bool, int), {}),
    ("issubclass", (1, int), {}),
    ("sum", ([1, 2, 3],), {}),
    ("sum", ([0.1] * 10,), {}),
    ("sum", ([1e100, 1.0, -1e100],), {}),
    ("sum", ([1, 2.5, 3j],), {}),
    ("sum", ([[1], [2]], []), {}),
    ("sum", ([[1], [2]],), {"start": []}),
    ("sum", (["a", "b"], ""), {}),
    ("sum", ([b"a"], b""), {}),
    ("sum", ([1, "a"],), {}),
    ("sum", (), {}),
    ("sum", ([], 1, 2), {}),
    ("sum", ([],), {"begin": 1}),
    ("sum", (5,), {}),
    ("sum", (range(10**6),), {}),
    ("sum", (range(-5, 10**5, 7), 0.5), {}),
    ("sum", (range(0),), {}),
    ("sum", (range(3), [1]), {}),
    ("min", ([3, 1, 2],), {}),
    ("min", (3, 1, 2), {}),
    ("min", ([],), {}),
    ("min", ([],), {"default": None}),
    ("min", (1, 2), {"default": 0}),
    ("min", (), {}),
    ("min", (1,), {}),
    ("min", ([1],), {"foo": 1}),
    ("min", ([1, "a"],), {}),
    ("min", ([(1, "b"), (1, "a")],), {}),
    ("max", ([3, 1, 2],), {}),
    ("max", ("hello",), {}),
    ("max", ([],), {}),
    ("max", ([1.0, 1],), {}),
    ("max", ([1, 1.0],), {}),
    ("sorted", ([3, 1, 2],), {}),
    ("sorted", ([3, 1, 2],), {"reverse": True}),
    ("sorted", ("bca",), {}),
    ("sorted", ([1, "a"],), {}),
    ("sorted", (), {}),
    ("sorted", ([], []), {}),
    ("sorted", ([],), {"foo": 1}),
    ("sorted", ([2, 1],), {"reverse": None}),
    ("sorted", ({3: 0, 1: 0},), {}),
    ("any", ([0, 0, 1],), {}),
    ("any", ([],), {}),
    ("any", (1,), {}),
    ("all", ([1, 1, 0],), {}),
    ("all", (range(1, 5),), {}),
    ("all", (), {}),
    ("next", (iter([1]),), {}),
    ("next", (iter([]),), {}),
    ("next", (iter([]), 5), {}),
    ("next", ([1],), {}),
    ("next", (), {}),
    ("iter", (), {}),
    ("iter", (1,), {}),
    ("iter", (1, 2), {}),
    ("iter", ([],), {"x": 1}),
    ("iter", ([1, 2],), {}),
    ("zip", ([1, 2], "ab"), {}),
    ("zip", ([1, 2, 3], "ab"), {}),
    ("zip", (), {}),
    ("zip", (1,), {}),
    ("zip", ([1], [1, 2]), {"strict": True}),
    ("zip", ([1, 2], [1]), {"strict": True}),
    ("zip", ([1, 2], [1, 2], [1]), {"strict": True}),
    ("zip", ([1], [1, 2], [1, 2]), {"strict": True}),
    ("zip", ([1, 2], [1, 2], [1, 2, 3]), {"strict": True}),
    ("zip", ([1, 2], [3, 4]), {"strict": True}),
    ("zip", ([1],), {"x": 1}),
    ("enumerate", ("ab",), {}),
    ("enumerate", ("ab", 5), {}),
    ("enumerate", (), {"iterable": "ab", "start": -1}),
    ("enumerate", ("ab",), {"start": "x"}),
    ("enumerate", (), {}),
    ("enumerate", (1,), {}),
    ("enumerate", ("a", 1, 2), {}),
    ("reversed", ([1, 2, 3],), {}),
    ("reversed", ((1, 2, 3),), {}),
    ("reversed", ("abc",), {}),
    ("reversed", (range(5),), {}),
    ("reversed", ({1: 2, 3: 4},), {}),
    ("reversed", ({1, 2},), {}),
    ("reversed", (1,), {}),
    ("reversed", (), {}),
    ("reversed", ([],), {"x": 1}),
    ("map", (), {}),
    ("map", (abs,), {}),
    ("map", (abs, 1), {}),
    ("map", (abs, [-1, -2]), {}),
    ("map", (pow, [2, 3], [5, 6, 7]), {}),
    ("filter", (None, [0, 1, "", "a"]), {}),
    ("filter", (bool, [0, 1]), {}),
    ("filter", (abs, [0, 1, -2]), {}),
    ("filter", (None, [1]), {"x": 1}),
    ("filter", (None,), {}),
    ("getattr", (1, "real"), {}),
    ("getattr", (1, "nope"), {}),
    ("getattr", (1, "nope", 5), {}),
    ("getattr", (1, 2), {}),
    ("getattr", (1,), {}),
    ("hasattr", (1, "nope"), {}),
    ("hasattr", (1, 2), {}),
    ("setattr", (1, "real", 2), {}),
    ("setattr", (1, 2, 3), {}),
    ("delattr", (1, 2), {}),
    ("vars", (1,), {}),
    ("format", (1, 2), {}),
    ("format", (1.5, ".3f"), {}),
    ("format", (42,), {}),
    ("type", (1,), {}),
    ("type", (1, 2), {}),
    ("type", (), {}),
    ("dir", (1, 2), {}),
    ("aiter", (1,), {}),
    ("anext", (1,), {}),
]

#: Host builtins stand-ins for sandbox callables in the cases above.
_HOST_CALLABLE_TO_SANDBOX = {abs: "abs", pow: "pow", bool: "bool", len: "len"}

#: Attributes that the number helper registers; skip their cases until it exists.
_NEEDS_TABLES = [("getattr", (1, "real")), ("setattr", (1, "real", 2))]


def _case_id(case: Any) -> str:
    name, args, kwargs = case.values if hasattr(case, "values") else case
    return f"{name}{args}{kwargs}"


@pytest.mark.parametrize(("name", "args", "kwargs"), CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_matches_host(B: dict[str, Any], name: str, args: tuple, kwargs: dict) -> None:
    if (name, args) in _NEEDS_TABLES and attributes.lookup(int, "real")[0] is attributes.MISSING:
        pytest.skip("int's table is not registered yet")
    sandbox_args = tuple(
        B[_HOST_CALLABLE_TO_SANDBOX[a]] if callable(a) and a in _HOST_CALLABLE_TO_SANDBOX else a for a in args
    )
    if name == "callable" and args[0] is len:
        sandbox_args = (B["len"],)
    # Host iterators in a case stand for fresh ones on each side (cases are shared).
    items = [list(a) if type(a).__name__ == "list_iterator" else None for a in args]
    args = tuple(a if i is None else iter(i) for a, i in zip(args, items))
    sandbox_args = tuple(a if i is None else iter(i) for a, i in zip(sandbox_args, items))
    host_fn = getattr(host, name)
    expected = host_outcome(lambda: host_fn(*args, **kwargs))
    got = outcome(lambda: run(B[name], *sandbox_args, **kwargs))
    assert got == expected


def test_iterator_types_and_reprs(B: dict[str, Any]) -> None:
    for name in ("map", "filter", "zip", "enumerate", "reversed"):
        cls = B[name]
        assert isinstance(cls, type) and cls.__name__ == name
    m = run(B["map"], B["abs"], [1])
    assert type(m) is B["map"]
    assert run(B["isinstance"], m, B["map"]) is True
    assert repr(m).startswith("<map object at 0x")
    assert type(run(B["reversed"], (1, 2))) is B["reversed"]
    assert type(run(B["zip"])).__name__ == "zip"
    assert type(run(B["enumerate"], [])).__name__ == "enumerate"


def test_iterator_dunder_methods(B: dict[str, Any]) -> None:
    it = run(B["map"], B["abs"], [-1, -2])
    assert attributes.load_attr(it, "__iter__") is not None
    assert run(attributes.load_attr(it, "__iter__")) is it
    assert run(attributes.load_attr(it, "__next__")) == 1
    assert run(B["next"], it) == 2
    with pytest.raises(SandboxStopIteration):
        run(attributes.load_attr(it, "__next__"))
    assert run(B["next"], it, "done") == "done"
    # Host consumers iterate nested.
    assert list(run(B["zip"], "ab", [1, 2])) == [("a", 1), ("b", 2)]


# ---------------------------------------------------------------------------
# Laziness and order of side effects


def test_map_filter_zip_are_lazy() -> None:
    B = make_builtins(write=lambda text: None)
    log: list = []

    def f(x: Any) -> Any:
        log.append(("f", x))
        return x * 10

    def p(x: Any) -> Any:
        log.append(("p", x))
        return (x // 10) % 2

    m = run(B["map"], sandbox_function(f), [1, 2, 3])
    assert log == []
    assert run(B["next"], m) == 10
    assert log == [("f", 1)]
    fl = run(B["filter"], sandbox_function(p), m)
    assert log == [("f", 1)]
    assert run(B["next"], fl) == 30
    assert log == [("f", 1), ("f", 2), ("p", 20), ("f", 3), ("p", 30)]


def test_zip_stops_at_first_exhausted_without_pulling_later() -> None:
    B = make_builtins(write=lambda text: None)
    pulled: list = []

    def step(self: Any) -> Any:
        pulled.append(self.n)
        self.n += 1
        if self.n > 5:
            raise SandboxStopIteration
        return self.n

    counter = user_class("Counter", {"__iter__": lambda self: self, "__next__": step})
    c = new(counter)
    c.__dict__["n"] = 0
    z = run(B["zip"], [1], c)
    assert pulled == []
    assert run_nested(to_list(z)) == [(1, 1)]
    # The list ran out first: the counter was pulled once, not twice.
    assert pulled == [0]


def test_user_iterator_and_generator_functions() -> None:
    B = make_builtins(write=lambda text: None)

    def step(self: Any) -> Any:
        if self.n >= 3:
            raise SandboxStopIteration
        self.n += 1
        return self.n

    counter = user_class("Counter", {"__iter__": lambda self: self, "__next__": step})

    def fresh() -> Any:
        c = new(counter)
        c.__dict__["n"] = 0
        return c

    assert run(B["sum"], fresh()) == 6
    assert run(B["max"], fresh()) == 3
    assert run(B["sorted"], fresh(), reverse=True) == [3, 2, 1]
    assert run(B["any"], fresh()) is True
    assert run(B["all"], fresh()) is True
    assert run_nested(to_list(run(B["enumerate"], fresh()))) == [(0, 1), (1, 2), (2, 3)]
    assert run(B["next"], fresh()) == 1
    c = fresh()
    run(B["sum"], c)
    with pytest.raises(SandboxStopIteration):
        run(B["next"], c)
    assert run(B["next"], c, None) is None


def test_reversed_sequence_protocol_and_dunder() -> None:
    B = make_builtins(write=lambda text: None)
    seq = user_class("Seq", {"__len__": lambda self: 3, "__getitem__": lambda self, i: "abc"[i]})
    assert run_nested(to_list(run(B["reversed"], new(seq)))) == ["c", "b", "a"]
    rev = user_class("Rev", {"__reversed__": lambda self: iter([9, 8])})
    assert run_nested(to_list(run(B["reversed"], new(rev)))) == [9, 8]
    none = user_class("NoRev", {"__reversed__": None, "__len__": lambda self: 1})
    with pytest.raises(TypeError, match="'NoRev' object is not reversible"):
        run(B["reversed"], new(none))


# ---------------------------------------------------------------------------
# Suspension


def _pausing_key() -> Builtin:
    def key(x: Any) -> Any:
        yield TIME_SLICE
        return -x

    return Builtin(key, "key", suspends=True)


def test_sorted_key_can_suspend(B: dict[str, Any]) -> None:
    gen = calls.call(B["sorted"], ([3, 1, 2],), {"key": _pausing_key()})
    pauses = 0
    try:
        request = gen.send(None)
        while True:
            assert isinstance(request, TimeSlice)
            pauses += 1
            request = gen.send(None)
    except StopIteration as stop:
        result = stop.value
    assert pauses == 3
    assert result == [3, 2, 1]


@pytest.mark.parametrize("name", ["min", "max", "sorted"])
def test_key_functions_suspend_through_sandbox_functions(B: dict[str, Any], name: str) -> None:
    key = sandbox_function(lambda x: -x, "key", pause=True)
    gen = calls.call(B[name], ([1, 3, 2],), {"key": key})
    pauses = 0
    try:
        gen.send(None)
        while True:
            pauses += 1
            gen.send(None)
    except StopIteration as stop:
        result = stop.value
    assert pauses == 3
    assert result == {"min": 3, "max": 1, "sorted": [3, 2, 1]}[name]


def test_map_suspends_lazily(B: dict[str, Any]) -> None:
    m = run(B["map"], sandbox_function(lambda x: x + 1, pause=True), [1, 2])
    gen = calls.call(B["next"], (m,), None)
    assert isinstance(gen.send(None), TimeSlice)
    with pytest.raises(StopIteration) as stop:
        gen.send(None)
    assert stop.value.value == 2


def test_sorted_stable_and_keys_not_compared_items(B: dict[str, Any]) -> None:
    items = [(1, "b"), (0, "z"), (1, "a")]
    first = Builtin(lambda t: t[0], "first")
    assert run(B["sorted"], items, key=first) == sorted(items, key=lambda t: t[0])
    assert run(B["sorted"], items, key=first, reverse=True) == sorted(items, key=lambda t: t[0], reverse=True)
    # Items that cannot be compared sort fine by key.
    objs = [{"k": 2}, {"k": 1}]
    assert run(B["sorted"], objs, key=Builtin(lambda d: d["k"], "k")) == [{"k": 1}, {"k": 2}]
    assert run(B["min"], objs, key=Builtin(lambda d: d["k"], "k")) == {"k": 1}


def test_long_loops_tick_the_meter(B: dict[str, Any]) -> None:
    saved = meter.current
    m = meter.Meter(Limits.unlimited(max_steps=5000))
    meter.activate(m)
    try:
        # An endless lazy chain with no sandbox function calls: filter(None, repeat-zero).
        zeros = run(B["iter"], Builtin(lambda: 0, "zero"), 1)
        with pytest.raises(LimitExceeded):
            run(B["next"], run(B["filter"], None, zeros))
        with pytest.raises(LimitExceeded):
            run(B["any"], run(B["iter"], Builtin(lambda: 0, "zero"), 1))
    finally:
        meter.activate(saved)


# ---------------------------------------------------------------------------
# Attributes


# ``__subclasses__``, ``__globals__`` and ``__code__`` are views now (DESIGN.md, invariant
# 2): test_introspection_views_hold_sandbox_values checks what they give.
FORBIDDEN = (
    "__builtins__",
    "gi_frame",
    "tb_frame",
    "__import__",
    "f_globals",
    "fn",
    "func",
    "__self_type__",
    "body",
    "frame",
    "__func__.__globals__",
)


def _all_kinds_of_values(B: dict[str, Any]) -> list[Any]:
    from interp.stdlib.math import create as math_module

    cls = user_class("K", {"method": lambda self: 1})
    inst = new(cls)
    fn = sandbox_function(lambda: 1)
    values: list[Any] = [
        0,
        1.5,
        2j,
        True,
        None,
        "s",
        b"b",
        bytearray(b"x"),
        [1],
        (1,),
        {1: 2},
        {1},
        frozenset(),
        range(3),
        slice(1, 2),
        NotImplemented,
        Ellipsis,
        fn,
        BoundMethod(fn, inst),
        cls,
        inst,
        make_module("m", {}),
        math_module(),
        ValueError("x"),
        SandboxStopIteration(1),
        Property(fn),
        ClassMethod(fn),
        StaticMethod(fn),
        Super(cls, inst),
        run(B["map"], B["abs"], [1]),
        run(B["zip"], [1]),
        run(B["enumerate"], [1]),
        run(B["filter"], None, [1]),
        run(B["reversed"], (1,)),
        run(B["iter"], B["len"], 1),
        iter([1]),
        iter({}),
        {}.keys(),
        BoundBuiltin(B["len"], 1),
        run(make_generator_function()),
    ]
    values.extend(v for v in B.values())
    return values


def test_forbidden_attributes_on_every_kind_of_value(B: dict[str, Any]) -> None:
    for value in _all_kinds_of_values(B):
        if id(type(value)) in attributes.USER_CLASSES and not has_object_table():
            continue
        for name in FORBIDDEN:
            with pytest.raises(AttributeError):
                run(B["getattr"], value, name)
            assert run(B["hasattr"], value, name) is False
            assert run(B["getattr"], value, name, "default") == "default"


def test_introspection_views_hold_sandbox_values(B: dict[str, Any]) -> None:
    """The views that replace the host's introspection give sandbox values only."""
    from interp.stdlib.frame_views import CodeView

    for value in _all_kinds_of_values(B):
        if id(type(value)) in attributes.USER_CLASSES and not has_object_table():
            continue
        for name in ("__subclasses__", "__globals__", "__code__"):
            try:
                found = run(B["getattr"], value, name)
            except AttributeError:
                continue
            if name == "__subclasses__":
                # type.__subclasses__ read from type itself is unbound, as in CPython.
                subclasses = run(found, value) if value is type else run(found)
                assert type(subclasses) is list
                assert all(id(c) in attributes.USER_CLASSES for c in subclasses), (value, subclasses)
            fn = value.__func__ if type(value) is BoundMethod else value  # it forwards to its function
            if name == "__globals__":
                assert type(fn) is Function and found is fn.globals
            elif name == "__code__":
                assert type(fn) is Function and type(found) is CodeView
                assert {type(found.co_name), type(found.co_filename), type(found.co_firstlineno)} <= {
                    str,
                    int,
                }


def test_getattr_goes_through_the_runtime(B: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list = []
    real = attributes.load_attr

    def spy(obj: Any, name: str) -> Any:
        seen.append((obj, name))
        return real(obj, name)

    monkeypatch.setattr(sb_builtins, "load_attr", spy)
    try:
        value = run(B["getattr"], 1, "__class__")
    except AttributeError:
        value = None  # object's table is not registered yet
    assert seen == [(1, "__class__")]
    assert value in (int, None)
    run(B["hasattr"], 1, "__class__")
    assert seen[-1] == (1, "__class__")


@needs_object_table
def test_setattr_delattr_on_user_instances(B: dict[str, Any]) -> None:
    obj = new(user_class("P", {}))
    run(B["setattr"], obj, "x", 5)
    assert run(B["getattr"], obj, "x") == 5
    assert run(B["vars"], obj) == {"x": 5}
    run(B["delattr"], obj, "x")
    assert run(B["hasattr"], obj, "x") is False
    with pytest.raises(AttributeError):
        run(B["delattr"], obj, "x")
    with pytest.raises(TypeError, match="cannot set 'x' attribute of immutable type 'int'"):
        run(B["setattr"], int, "x", 1)


def test_vars_of_classes_is_a_readonly_copy(B: dict[str, Any]) -> None:
    cls = user_class("V", {"a": 1})
    proxy = run(B["vars"], cls)
    assert proxy["a"] == 1
    assert "__dict__" not in proxy and "__weakref__" not in proxy
    assert run(attributes.load_attr(proxy, "get"), "a") == 1
    assert ("a", 1) in list(run(attributes.load_attr(proxy, "items")))
    assert run_nested(to_list(proxy)) == list(proxy)
    with pytest.raises(TypeError):
        proxy["a"] = 2  # type: ignore[index]
    # Builtin types: only sandbox values from the tables, never the host's own dict.
    int_vars = run(B["vars"], int)
    assert all(type(v) is not type(int.__dict__["__add__"]) for v in int_vars.values())
    with pytest.raises(TypeError, match="vars\\(\\) argument must have __dict__ attribute"):
        run(B["vars"], 1)


def test_dir(B: dict[str, Any]) -> None:
    cls = user_class("D", {"meth": lambda self: 1, "attr": 2})
    obj = new(cls)
    obj.__dict__["inst"] = 3
    names = run(B["dir"], obj)
    assert names == sorted(names)
    assert {"meth", "attr", "inst"} <= set(names)
    assert "__weakref__" not in names
    assert {"meth", "attr"} <= set(run(B["dir"], cls))
    assert "inst" not in run(B["dir"], cls)
    mod = make_module("mm", {"x": 1})
    assert run(B["dir"], mod) == ["__doc__", "__name__", "x"]
    custom = user_class("C", {"__dir__": lambda self: ["b", "a"]})
    assert run(B["dir"], new(custom)) == ["a", "b"]


# ---------------------------------------------------------------------------
# print and input


def test_print_writes_to_the_writer(B: dict[str, Any], out: list[str]) -> None:
    run(B["print"], "a", 1, None)
    run(B["print"], "a", "b", sep="-", end="!")
    run(B["print"])
    run(B["print"], 1, sep=None, end=None, flush=True)
    assert "".join(out) == "a 1 None\na-b!\n1\n"
    with pytest.raises(TypeError, match="sep must be None or a string, not int"):
        run(B["print"], sep=1)
    with pytest.raises(TypeError, match="end must be None or a string, not list"):
        run(B["print"], end=[])
    with pytest.raises(TypeError, match="'x' is an invalid keyword argument for print\\(\\)"):
        run(B["print"], x=1)


def test_print_uses_user_str(B: dict[str, Any], out: list[str]) -> None:
    cls = user_class("S", {"__str__": lambda self: "custom"})
    run(B["print"], new(cls), [new(cls)][0])
    assert out == ["custom custom\n"]


@needs_object_table
def test_print_to_a_file_like_object(B: dict[str, Any], out: list[str]) -> None:
    pieces: list = []
    sink = user_class("Sink", {"write": lambda self, s: pieces.append(s)})
    run(B["print"], 1, 2, file=new(sink), sep="+")
    assert pieces == ["1", "+", "2", "\n"]
    assert out == []


def test_print_counts_output(out: list[str]) -> None:
    B = make_builtins(write=out.append)
    saved = meter.current
    meter.activate(meter.Meter(Limits.unlimited(max_output=10)))
    try:
        run(B["print"], "12345")
        assert meter.current.output == 6
        run(B["print"], "é")
        assert meter.current.output == 9
        with pytest.raises(LimitExceeded):
            run(B["print"], "too much")
    finally:
        meter.activate(saved)
    assert out == ["12345\n", "é\n"]


def test_input_requests_a_line(B: dict[str, Any], out: list[str]) -> None:
    gen = calls.call(B["input"], ("name? ",), None)
    request = gen.send(None)
    assert isinstance(request, InputRequest) and request.prompt == "name? "
    assert out == ["name? "]
    with pytest.raises(StopIteration) as stop:
        gen.send("Ada")
    assert stop.value.value == "Ada"
    gen = calls.call(B["input"], (), None)
    gen.send(None)
    with pytest.raises(EOFError, match="EOF when reading a line"):
        gen.send(None)
    gen = calls.call(B["input"], (), None)
    gen.send(None)
    with pytest.raises(KeyError):
        gen.send(HostError(KeyError("x")))


def test_exit_and_quit(B: dict[str, Any]) -> None:
    for name in ("exit", "quit"):
        with pytest.raises(SystemExit) as info:
            run(B[name], 3)
        assert info.value.code == 3


# ---------------------------------------------------------------------------
# Types, descriptors, hooks


def test_type_one_and_three_arguments(B: dict[str, Any]) -> None:
    assert run(B["type"], 1) is int
    assert run(B["type"], run(B["map"], B["abs"], [])) is B["map"]
    cls = run(B["type"], "X", (), {"a": 1})
    assert id(cls) in attributes.USER_CLASSES
    assert cls.__name__ == "X"
    assert attributes.load_attr(cls, "a") == 1
    sub = run(B["type"], "Y", (cls,), {})
    assert issubclass(sub, cls)
    with pytest.raises(TypeError, match="type\\(\\) takes 1 or 3 arguments"):
        run(B["type"], 1, 2)


def test_isinstance_with_user_metaclass_instancecheck(B: dict[str, Any]) -> None:
    meta = user_class("Meta", {"__instancecheck__": lambda cls, obj: obj == 42}, (type,))
    cls = run_nested(classes.create_class(meta, "Any42", (), {"__module__": "__main__"}, None))
    assert run(B["isinstance"], 42, cls) is True
    assert run(B["isinstance"], 1, cls) is False


@needs_object_table
def test_property_tables(B: dict[str, Any]) -> None:
    getter = sandbox_function(lambda self: self.__dict__["v"], "v")
    setter = sandbox_function(lambda self, x: self.__dict__.__setitem__("v", x * 2), "v")
    prop = run(B["property"], getter)
    prop2 = run(attributes.load_attr(prop, "setter"), setter)
    assert prop2 is not prop and prop2.fget is getter and prop2.fset is setter
    assert attributes.load_attr(prop2, "fget") is getter
    cls = user_class("Q", {"v": prop2})
    obj = new(cls)
    attributes.store_attr(obj, "v", 4)
    assert attributes.load_attr(obj, "v") == 8
    assert run(attributes.load_attr(prop2, "__get__"), obj, cls) == 8
    deleter = run(attributes.load_attr(prop2, "deleter"), fn := sandbox_function(lambda self: None))
    assert deleter.fdel is fn
    with pytest.raises(TypeError):
        run(B["property"], 1, 2, 3, 4, 5)


def test_classmethod_staticmethod_super(B: dict[str, Any]) -> None:
    fn = sandbox_function(lambda cls: cls, "make")
    cm = run(B["classmethod"], fn)
    sm = run(B["staticmethod"], fn)
    assert attributes.load_attr(cm, "__func__") is fn
    assert attributes.load_attr(sm, "__func__") is fn
    base = user_class("Base", {"hello": lambda self: "base"})
    sub = user_class("Sub", {"hello": lambda self: "sub"}, (base,))
    obj = new(sub)
    sup = run(B["super"], sub, obj)
    assert type(sup) is Super
    with pytest.raises(TypeError, match="super\\(\\) argument 1 must be a type, not int"):
        run(B["super"], 1, 2)
    with pytest.raises(RuntimeError, match="super\\(\\): no arguments"):
        run(B["super"])


def test_compiler_hook(B: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(links, "compiler_hook", None)
    with pytest.raises(RuntimeError):
        run(B["eval"], "1")
    seen: list = []

    def hook(kind: str, args: tuple, kwargs: Any) -> Any:
        seen.append((kind, args, kwargs))
        yield TIME_SLICE
        return 42

    monkeypatch.setattr(links, "compiler_hook", hook)
    assert run(B["eval"], "1+1") == 42
    assert run(B["exec"], "x=1", {}) == 42
    assert run(B["compile"], "1", "<s>", "eval") == 42
    assert [s[0] for s in seen] == ["eval", "exec", "compile"]


def test_frame_builtins_are_placeholders(B: dict[str, Any]) -> None:
    for name in ("globals", "locals"):
        with pytest.raises(RuntimeError):
            run(B[name])


def test_iter_with_sentinel(B: dict[str, Any]) -> None:
    values = iter([1, 2, 3, 4])
    it = run(B["iter"], Builtin(lambda: next(values), "f"), 3)
    assert type(it).__name__ == "callable_iterator"
    assert run_nested(to_list(it)) == [1, 2]
    assert run(B["next"], it, "end") == "end"
    with pytest.raises(TypeError, match="iter\\(v, w\\): v must be callable"):
        run(B["iter"], 1, 2)


def make_generator_function() -> Function:
    """A sandbox generator function that returns "done" without yielding."""

    def body(frame: list) -> Any:
        frame[0] = "done"  # the return value lives in slot 0 (or in StopIteration.value)
        return "done"
        yield

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
    return Function(code, {"__name__": "__main__"})


def test_next_on_generator_raises_with_return_value(B: dict[str, Any]) -> None:
    gen = run(make_generator_function())
    with pytest.raises(SandboxStopIteration) as info:
        run(B["next"], gen)
    assert info.value.value == "done"
    # A finished generator raises a bare StopIteration, as in CPython.
    with pytest.raises(SandboxStopIteration) as info:
        run(B["next"], gen)
    assert info.value.args == ()
    assert run(B["next"], gen, 7) == 7


def test_caps_on_radix_conversions(B: dict[str, Any]) -> None:
    saved = meter.current
    meter.activate(meter.Meter(Limits.unlimited(max_memory=1000)))
    try:
        with pytest.raises(MemoryError):
            run(B["bin"], 1 << 100_000)
        assert run(B["hex"], 255) == "0xff"
    finally:
        meter.activate(saved)


def test_pow_is_capped(B: dict[str, Any]) -> None:
    with pytest.raises(MemoryError):
        run(B["pow"], 10, 10**12)
    assert run(B["pow"], 10, 10**12, 7) == pow(10, 10**12, 7)


def test_materialising_huge_ranges_is_refused(B: dict[str, Any]) -> None:
    for arg in (range(10**12), iter(range(10**12))):
        with pytest.raises(MemoryError):
            run(B["sorted"], arg)


def test_sum_of_lists_is_capped(B: dict[str, Any]) -> None:
    saved = meter.current
    meter.activate(meter.Meter(Limits.unlimited(max_memory=100_000)))
    try:
        with pytest.raises(MemoryError):
            run(B["sum"], [[0] * 1000] * 100, [])
        assert run(B["sum"], [[0] * 10] * 10, []) == [0] * 100
    finally:
        meter.activate(saved)


def test_sum_float_algorithm_matches_host(B: dict[str, Any]) -> None:
    import random

    rng = random.Random(5)
    for _ in range(50):
        values = [rng.uniform(-1e10, 1e10) for _ in range(rng.randrange(1, 30))]
        values += [rng.choice([0.1, 1e-300, 1e300, -1e300])]
        assert run(B["sum"], values) == host.sum(values)
        assert run(B["sum"], values, 0.5) == host.sum(values, 0.5)
    assert math.isnan(run(B["sum"], [float("nan"), 1.0]))


def test_builtin_reprs(B: dict[str, Any]) -> None:
    assert repr(B["len"]) == "<built-in function len>"
    assert repr(B["print"]) == "<built-in function print>"
