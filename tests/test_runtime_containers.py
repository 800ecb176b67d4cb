"""The allow-list tables of the containers, views and iterators, checked against host CPython."""

from __future__ import annotations

import time

import pytest
from runtime_helpers import (
    compare_method,
    outcome,
    same,
    sandbox_call,
    sandbox_class_method,
    sandbox_method,
)

from interp.runtime import containers, meter
from interp.runtime.attributes import load_attr, load_class_attr
from interp.runtime.calls import call
from interp.runtime.classes import CONSTRUCTORS, call_type, create_class
from interp.runtime.control import TIME_SLICE, LimitExceeded, TimeSlice
from interp.runtime.functions import run_nested
from interp.runtime.generators import END
from interp.runtime.iteration import RUNTIME_ITERATORS
from interp.runtime.limits import Limits
from interp.runtime.native import Builtin
from interp.runtime.typetable import TABLES, ClassMethodEntry, DataAttr, StaticEntry, Value

# ---------------------------------------------------------------------------
# Systematic comparisons with the host

LISTS = [[], [3, 1, 2], [1, "a", None], [[1], [2, 3]], [2, 2, 1, 2]]
TUPLES = [(), (3, 1, 2), (1, "a", None), (2, 2, 1)]
DICTS = [{}, {"a": 1, "b": 2}, {1: "x", (1, 2): None}]
SETS = [set(), {1, 2, 3}, {"a", 2}]
FROZENSETS = [frozenset(), frozenset({1, 2, 3})]
RANGES = [range(0), range(5), range(1, 10, 3), range(10, -5, -2), range(2**70)]
SLICES = [slice(None), slice(1, 5), slice(1, None, -2), slice("a", "b", "c")]

ARGS = {
    list: [
        ("append", (4,)),
        ("append", ()),
        ("clear", ()),
        ("copy", ()),
        ("count", (2,)),
        ("index", (2,)),
        ("index", (1, 1)),
        ("index", (99,)),
        ("insert", (1, "x")),
        ("insert", (-100, "x")),
        ("pop", ()),
        ("pop", (0,)),
        ("pop", (10,)),
        ("remove", (2,)),
        ("remove", (99,)),
        ("reverse", ()),
        ("sort", ()),
        ("extend", ([7, 8],)),
        ("extend", ((7,),)),
        ("extend", ("ab",)),
        ("extend", (range(3),)),
        ("extend", ({1: 2},)),
        ("extend", (5,)),
        ("extend", ()),
        ("__contains__", (2,)),
        ("__len__", ()),
        ("__getitem__", (0,)),
        ("__getitem__", (-1,)),
        ("__getitem__", (slice(None, None, -1),)),
        ("__getitem__", ("a",)),
        ("__setitem__", (0, "z")),
        ("__setitem__", (slice(0, 1), [7, 8, 9])),
        ("__setitem__", (slice(0, 1), range(4))),
        ("__setitem__", (slice(0, 1), 5)),
        ("__setitem__", (slice(None, None, 2), [0])),
        ("__delitem__", (0,)),
        ("__delitem__", (slice(1, None),)),
        ("__add__", ([9],)),
        ("__add__", ((9,),)),
        ("__iadd__", ([9],)),
        ("__iadd__", ((9,),)),
        ("__iadd__", (range(2),)),
        ("__iadd__", (5,)),
        ("__mul__", (3,)),
        ("__mul__", (0,)),
        ("__mul__", (-1,)),
        ("__mul__", (True,)),
        ("__mul__", ("a",)),
        ("__mul__", (2.0,)),
        ("__rmul__", (2,)),
        ("__imul__", (2,)),
        ("__imul__", (0,)),
        ("__eq__", ([3, 1, 2],)),
        ("__ne__", ([],)),
        ("__lt__", ([5],)),
        ("__le__", ([0],)),
        ("__gt__", ([],)),
        ("__ge__", ((1,),)),
        ("__repr__", ()),
        ("__hash__", ()),
        ("__init__", ([5, 6],)),
        ("__init__", ()),
        ("__init__", (1, 2)),
    ],
    tuple: [
        ("count", (2,)),
        ("index", (2,)),
        ("index", (99,)),
        ("index", (2, 0, 1)),
        ("__contains__", (1,)),
        ("__len__", ()),
        ("__getitem__", (1,)),
        ("__getitem__", (5,)),
        ("__getitem__", (slice(1, None),)),
        ("__add__", ((4,),)),
        ("__add__", ([4],)),
        ("__mul__", (2,)),
        ("__mul__", ("x",)),
        ("__rmul__", (3,)),
        ("__hash__", ()),
        ("__eq__", ((3, 1, 2),)),
        ("__lt__", ((9,),)),
        ("__repr__", ()),
    ],
    dict: [
        ("clear", ()),
        ("copy", ()),
        ("get", ("a",)),
        ("get", ("zz", 5)),
        ("pop", ("a",)),
        ("pop", ("zz",)),
        ("pop", ("zz", 0)),
        ("popitem", ()),
        ("setdefault", ("a", 9)),
        ("setdefault", ("new", 9)),
        ("setdefault", ([],)),
        ("update", ({"c": 3},)),
        ("update", ([("c", 3), ["d", 4]],)),
        ("update", (["ab", "cd"],)),
        ("update", ([(1,)],)),
        ("update", ([1],)),
        ("update", ([(1, 2, 3)],)),
        ("update", (5,)),
        ("update", ({"c": 3}, {"d": 4})),
        ("update", ((("k", "v"),),)),
        ("update", ([{1, 2}],)),
        ("update", ([{"a": 1, "b": 2}],)),
        ("__contains__", ("a",)),
        ("__contains__", ([],)),
        ("__getitem__", ("a",)),
        ("__getitem__", ("zz",)),
        ("__setitem__", ("q", 1)),
        ("__setitem__", ([], 1)),
        ("__delitem__", ("a",)),
        ("__delitem__", ("zz",)),
        ("__len__", ()),
        ("__or__", ({"z": 0},)),
        ("__or__", ([],)),
        ("__ror__", ({"z": 0},)),
        ("__ior__", ({"z": 0},)),
        ("__ior__", ([("z", 0)],)),
        ("__ior__", (5,)),
        ("__eq__", ({"a": 1, "b": 2},)),
        ("__lt__", ({},)),
        ("__repr__", ()),
        ("__hash__", ()),
        ("__init__", ({"x": 1},)),
        ("__init__", (1, 2)),
    ],
    set: [
        ("add", (4,)),
        ("add", ([],)),
        ("clear", ()),
        ("copy", ()),
        ("discard", (1,)),
        ("discard", (99,)),
        ("pop", ()),
        ("remove", (1,)),
        ("remove", (99,)),
        ("union", ([5, 6], (7,))),
        ("union", ()),
        ("union", (range(3),)),
        ("union", (5,)),
        ("intersection", ([1, 2],)),
        ("intersection", ([1, 2], {2})),
        ("difference", ("abc",)),
        ("symmetric_difference", ([1, 9],)),
        ("symmetric_difference", ([1], [2])),
        ("issubset", ([1, 2, 3, 4],)),
        ("issuperset", ([1],)),
        ("isdisjoint", ((8, 9),)),
        ("update", ([1, 2], "xy")),
        ("intersection_update", ([1, 2],)),
        ("difference_update", ([1], [2])),
        ("symmetric_difference_update", ([1, 7],)),
        ("__contains__", (1,)),
        ("__contains__", ([],)),
        ("__len__", ()),
        ("__and__", ({1},)),
        ("__and__", ([1],)),
        ("__or__", ({9},)),
        ("__xor__", ({1, 9},)),
        ("__sub__", ({1},)),
        ("__rsub__", ({1, 9},)),
        ("__iand__", ({1},)),
        ("__ior__", ({9},)),
        ("__ixor__", ({1},)),
        ("__isub__", ({1},)),
        ("__eq__", ({1, 2, 3},)),
        ("__le__", ({1, 2, 3, 4},)),
        ("__lt__", (frozenset({1}),)),
        ("__hash__", ()),
        ("__init__", ([8, 9],)),
        ("__init__", ()),
    ],
    frozenset: [
        ("copy", ()),
        ("union", ([5],)),
        ("intersection", ([1, 2],)),
        ("difference", ([1],)),
        ("symmetric_difference", ([1, 9],)),
        ("issubset", ([1, 2, 3],)),
        ("issuperset", ([],)),
        ("isdisjoint", ([4],)),
        ("__contains__", (2,)),
        ("__or__", ({7},)),
        ("__and__", (frozenset({1}),)),
        ("__hash__", ()),
        ("__len__", ()),
        ("add", (1,)),
        ("__ior__", ({1},)),
    ],
    range: [
        ("count", (3,)),
        ("count", (4.0,)),
        ("count", ("a",)),
        ("count", (None,)),
        ("count", (1 + 0j,)),
        ("count", (True,)),
        ("index", (4,)),
        ("index", (4.0,)),
        ("index", (4.5,)),
        ("index", ("a",)),
        ("index", (99,)),
        ("index", (-4,)),
        ("__contains__", (4,)),
        ("__contains__", (4.0,)),
        ("__contains__", (4.5,)),
        ("__contains__", ("4",)),
        ("__contains__", (2**69,)),
        ("__getitem__", (1,)),
        ("__getitem__", (-1,)),
        ("__getitem__", (100,)),
        ("__getitem__", (slice(None, None, -1),)),
        ("__len__", ()),
        ("__bool__", ()),
        ("__eq__", (range(0),)),
        ("__hash__", ()),
        ("__repr__", ()),
    ],
    slice: [
        ("indices", (10,)),
        ("indices", (-1,)),
        ("indices", ("a",)),
        ("__eq__", (slice(None),)),
        ("__lt__", (slice(1, 6),)),
        ("__repr__", ()),
        ("__hash__", ()),
    ],
}

RECEIVERS = {
    list: LISTS,
    tuple: TUPLES,
    dict: DICTS,
    set: SETS,
    frozenset: FROZENSETS,
    range: RANGES,
    slice: SLICES,
}


def _cases():
    for t, receivers in RECEIVERS.items():
        for receiver in receivers:
            yield receiver, ARGS[t]


@pytest.mark.parametrize(("receiver", "calls"), list(_cases()))
def test_container_methods_match_host(receiver, calls):
    for name, args in calls:
        if type(receiver) is range and receiver.stop > 2**63:
            # The host itself would overflow (len) or scan 2**70 items (count(4.0)).
            if name == "__len__" or (args and type(args[0]) not in (int, bool)):
                continue
        compare_method(receiver, name, args)


@pytest.mark.parametrize("receiver", [[3, 1, 2], ["b", "A", "c"], [(2, "x"), (1, "y"), (2, "a")], [1, "a"]])
@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"reverse": True},
        {"key": Builtin(str, "str")},
        {"key": Builtin(repr, "repr"), "reverse": True},
        {"key": None},
        {"reverse": "x"},
        {"key": Builtin(lambda item: 0, "zero"), "reverse": True},
    ],
)
def test_sort_matches_host(receiver, kwargs):
    host_kwargs = {k: (v.fn if type(v) is Builtin else v) for k, v in kwargs.items()}
    mine, theirs = list(receiver), list(receiver)
    got = outcome(lambda: sandbox_method(mine, "sort", (), kwargs))
    want = outcome(lambda: theirs.sort(**host_kwargs))
    assert got == want or (got[0] == want[0] == "err" and got[1] is want[1])
    assert mine == theirs


def test_sort_key_by_bound_method_and_stability():
    words = ["bb", "a", "ccc", "dd", "e"]
    sandbox_method(words, "sort", (), {"key": Builtin(len, "len")})
    assert words == ["a", "e", "bb", "dd", "ccc"]
    pairs = [(2, "x"), (1, "y"), (2, "a")]
    sandbox_method(
        pairs, "sort", (), {"key": load_class_attr(tuple, "__getitem__") and Builtin(lambda p: p[0], "first")}
    )
    assert pairs == [(1, "y"), (2, "x"), (2, "a")]


def test_sort_key_error_restores_list():
    items = [3, 1, 2]

    def bad(x):
        if x == 2:
            raise KeyError(x)
        return x

    with pytest.raises(KeyError):
        sandbox_method(items, "sort", (), {"key": Builtin(bad, "bad")})
    assert items == [3, 1, 2]


def test_sort_detects_modification():
    items = [3, 1, 2]

    def mutate(x):
        items.append(x)
        return x

    with pytest.raises(ValueError, match="list modified during sort"):
        sandbox_method(items, "sort", (), {"key": Builtin(mutate, "mutate")})


def _slow_key(x):
    yield TIME_SLICE
    return -x


def test_sort_key_can_suspend():
    items = [1, 3, 2]
    gen = call(load_attr(items, "sort"), (), {"key": Builtin(_slow_key, "slow", suspends=True)})
    slices = 0
    try:
        request = gen.send(None)
        while True:
            assert isinstance(request, TimeSlice)
            slices += 1
            request = gen.send(None)
    except StopIteration as stop:
        assert stop.value is None
    assert slices == 3
    assert items == [3, 2, 1]


class _PausingIterator:
    """A runtime iterator whose every item costs a pause (like a sandbox generator)."""

    def __init__(self, items):
        self.items = list(items)


def _pausing_next(it):
    yield TIME_SLICE
    return it.items.pop(0) if it.items else END


RUNTIME_ITERATORS[_PausingIterator] = _pausing_next


def _drive(gen):
    pauses = 0
    try:
        request = gen.send(None)
        while True:
            assert isinstance(request, TimeSlice)
            pauses += 1
            request = gen.send(None)
    except StopIteration as stop:
        return stop.value, pauses


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda it: call(list, (it,), None), [1, 2, 3]),
        (lambda it: call(tuple, (it,), None), (1, 2, 3)),
        (lambda it: call(set, (it,), None), {1, 2, 3}),
        (lambda it: call(frozenset, (it,), None), frozenset({1, 2, 3})),
        (lambda it: call(load_attr([0], "extend"), (it,), None), None),
        (lambda it: call(load_attr({0}, "union"), (it,), None), {0, 1, 2, 3}),
        (lambda it: call(load_attr({0}, "update"), (it,), None), None),
        (lambda it: call(load_class_attr(dict, "fromkeys"), (it,), None), dict.fromkeys([1, 2, 3])),
        (lambda it: call(load_attr({}.keys(), "__or__"), (it,), None), {1, 2, 3}),
    ],
)
def test_iterable_arguments_can_suspend(make, expected):
    value, pauses = _drive(make(_PausingIterator([1, 2, 3])))
    assert value == expected
    assert pauses == 4  # one per item and one for the end


def test_dict_from_suspending_pairs():
    value, pauses = _drive(call(dict, (_PausingIterator([(1, 2), [3, 4]]),), {"x": 5}))
    assert value == {1: 2, 3: 4, "x": 5}
    assert pauses == 3


@pytest.mark.parametrize(
    ("t", "args", "kwargs"),
    [
        (list, (), None),
        (list, ("abc",), None),
        (list, ({1: 2},), None),
        (list, (range(4),), None),
        (list, (5,), None),
        (list, (1, 2), None),
        (list, (), {"x": 1}),
        (tuple, ([1, 2],), None),
        (tuple, (), None),
        (tuple, (None,), None),
        (tuple, (1, 2), None),
        (dict, (), None),
        (dict, ([(1, 2)],), None),
        (dict, ([(1,)],), None),
        (dict, ([1],), None),
        (dict, ({"a": 1},), {"b": 2}),
        (dict, (), {"b": 2}),
        (dict, (1, 2), None),
        (dict, ([("a", 1)],), {"a": 2}),
        (dict, (["xy"],), None),
        (set, ("hello",), None),
        (set, ([[]],), None),
        (set, (), {"a": 1}),
        (frozenset, ([1, 1],), None),
        (frozenset, (3,), None),
        (range, (5,), None),
        (range, (1, 10, 2), None),
        (range, (1, 10, 0), None),
        (range, (1.5,), None),
        (range, (), None),
        (range, (), {"stop": 3}),
        (slice, (5,), None),
        (slice, (1, 2, 3), None),
        (slice, (), None),
    ],
)
def test_constructors_match_host(t, args, kwargs):
    want = outcome(lambda: t(*args, **(kwargs or {})))
    got = outcome(lambda: sandbox_call(t, args, kwargs))
    assert got[0] == want[0], (t, args, kwargs, got, want)
    if got[0] == "ok":
        assert same(got[1], want[1])
    else:
        assert got[1] is want[1]


def test_dict_update_error_messages():
    with pytest.raises(
        ValueError, match=r"dictionary update sequence element #0 has length 1; 2 is required"
    ):
        sandbox_call(dict, ([(1,)],))
    with pytest.raises(
        TypeError, match=r"cannot convert dictionary update sequence element #1 to a sequence"
    ):
        sandbox_call(dict, ([(1, 2), 5],))
    with pytest.raises(ValueError, match=r"element #1 has length 3"):
        sandbox_call(dict, (_PausingIterator([(1, 2), (1, 2, 3)]),))


def test_fromkeys_and_class_methods():
    assert sandbox_class_method(dict, "fromkeys", ("ab",)) == {"a": None, "b": None}
    assert sandbox_class_method(dict, "fromkeys", ([1, 2], 0)) == {1: 0, 2: 0}
    assert sandbox_method({}, "fromkeys", ([1],)) == {1: None}
    with pytest.raises(TypeError):
        sandbox_class_method(dict, "fromkeys", (5,))


def _subclass(base, name="Sub", namespace=None):
    ns = {"__module__": "__main__", "__qualname__": name}
    ns.update(namespace or {})
    return run_nested(create_class(type, name, (base,), ns, None))


def test_dict_subclass_init_and_fromkeys():
    d_cls = _subclass(dict, "D")
    d = run_nested(call_type(d_cls, ([(1, 2)],), {"a": 3}))
    assert type(d) is d_cls and d == {1: 2, "a": 3}
    # super().__init__(...) reaches dict's table entry: call it unbound.
    init = load_class_attr(dict, "__init__")
    sandbox_call(init, (d, {"b": 4}), {"c": 5})
    assert d == {1: 2, "a": 3, "b": 4, "c": 5}
    made = sandbox_class_method(d_cls, "fromkeys", ("xy", 1))
    assert type(made) is d_cls and made == {"x": 1, "y": 1}


def test_dict_subclass_with_setitem_override_in_fromkeys():
    seen = []

    def setitem(self, key, value):
        seen.append(key)
        dict.__setitem__(self, key, value * 2)

    d_cls = _subclass(dict, "D2", {"__setitem__": Builtin(setitem, "__setitem__", self_type=object)})
    made = sandbox_class_method(d_cls, "fromkeys", ("ab", 1))
    assert seen == ["a", "b"] and made == {"a": 2, "b": 2}


def test_update_from_user_mapping_uses_keys_and_getitem():
    def keys(self):
        return ["k1", "k2"]

    def getitem(self, key):
        return key.upper()

    m_cls = _subclass(
        object,
        "M",
        {
            "keys": Builtin(keys, "keys", self_type=object),
            "__getitem__": Builtin(getitem, "__getitem__", self_type=object),
        },
    )
    mapping = run_nested(call_type(m_cls, (), None))
    d = {}
    sandbox_method(d, "update", (mapping,))
    assert d == {"k1": "K1", "k2": "K2"}
    assert sandbox_call(dict, (mapping,)) == {"k1": "K1", "k2": "K2"}


@pytest.mark.parametrize(
    ("base", "args", "expected"),
    [
        (list, ("abc",), ["a", "b", "c"]),
        (list, (), []),
        (tuple, ([1, 2],), (1, 2)),
        (set, ([1, 1],), {1}),
        (frozenset, ("aa",), frozenset("a")),
        (dict, ({"a": 1},), {"a": 1}),
    ],
)
def test_user_subclass_instantiation(base, args, expected):
    cls = _subclass(base)
    obj = run_nested(call_type(cls, args, None))
    assert type(obj) is cls and obj == expected
    assert sandbox_method(obj, "__len__") == len(expected)


def test_tuple_subclass_new_with_suspending_iterable():
    cls = _subclass(tuple, "T")
    value, pauses = _drive(call(load_class_attr(tuple, "__new__"), (cls, _PausingIterator([1, 2])), None))
    assert type(value) is cls and value == (1, 2) and pauses == 3


def test_new_checks_class():
    for t in (int, list, tuple, dict, set, frozenset):
        if t in CONSTRUCTORS:
            with pytest.raises(TypeError):
                sandbox_class_method(t, "__new__", (str,))
            with pytest.raises(TypeError):
                sandbox_class_method(t, "__new__", (5,))


def test_unbound_methods_check_receiver():
    for t, name, receiver, args in [
        (list, "sort", "abc", ()),
        (list, "extend", (1,), ([2],)),
        (list, "__mul__", (1,), (2,)),
        (dict, "update", [], ({},)),
        (set, "union", frozenset(), ()),
        (range, "count", [1], (1,)),
        (list, "append", (), (1,)),
    ]:
        with pytest.raises(TypeError):
            sandbox_call(load_class_attr(t, name), (receiver, *args))


def test_dict_views():
    d = {"a": 1, "b": 2}
    keys = load_attr(d, "keys")
    view = sandbox_call(keys)
    assert sandbox_method(view, "__len__") == 2
    assert sandbox_method(view, "__contains__", ("a",)) is True
    assert sandbox_method(view, "__or__", ([3],)) == {"a", "b", 3}
    assert sandbox_method(view, "__and__", ({"a"},)) == {"a"}
    assert sandbox_method(view, "__rsub__", ({"a", "z"},)) == {"z"}
    assert sandbox_method(view, "isdisjoint", (["q"],)) is True
    assert load_attr(view, "__hash__") is None
    mapping = load_attr(view, "mapping")
    assert sandbox_method(mapping, "__getitem__", ("a",)) == 1
    assert sandbox_method(mapping, "get", ("zz", 0)) == 0
    assert sandbox_method(mapping, "copy") == d
    assert outcome(lambda: sandbox_method(mapping, "__setitem__", ("a", 2)))[0] == "err"
    items = sandbox_method(d, "items")
    assert sandbox_method(items, "__contains__", (("a", 1),)) is True
    assert sandbox_method(items, "__xor__", ([("a", 1)],)) == {("b", 2)}
    values = sandbox_method(d, "values")
    assert list(sandbox_method(values, "__iter__")) == [1, 2]
    assert list(sandbox_method(values, "__reversed__")) == [2, 1]
    assert outcome(lambda: load_attr(values, "__or__"))[0] == "err"
    assert load_attr(values, "mapping")["b"] == 2


@pytest.mark.parametrize(
    "make",
    [
        lambda: iter([1, 2]),
        lambda: reversed([1, 2]),
        lambda: iter((1, 2)),
        lambda: iter({1, 2}),
        lambda: iter({1: 2, 3: 4}),
        lambda: iter({1: 2}.values()),
        lambda: iter({1: 2}.items()),
        lambda: reversed({1: 2, 3: 4}),
        lambda: iter(range(2)),
        lambda: iter(range(2**70, 2**70 + 2)),
        lambda: reversed(range(2)),
    ],
)
def test_iterators(make):
    mine, theirs = make(), make()
    assert sandbox_method(mine, "__iter__") is mine
    for _ in range(3):
        got = outcome(lambda: sandbox_method(mine, "__next__"))
        want = outcome(lambda: next(theirs))
        assert got == want
    assert outcome(lambda: sandbox_method(mine, "__length_hint__")) == outcome(
        lambda: theirs.__length_hint__()
    )


def test_generic_alias():
    alias = sandbox_class_method(list, "__class_getitem__", (int,))
    assert repr(alias) == "list[int]"
    assert load_attr(alias, "__origin__") is list
    assert load_attr(alias, "__args__") == (int,)
    assert repr(sandbox_class_method(tuple, "__class_getitem__", ((int, ...),))) == "tuple[int, ...]"
    assert repr(sandbox_class_method(dict, "__class_getitem__", ((str, list[int]),))) == repr(
        dict[str, list[int]]
    )
    nested = sandbox_class_method(dict, "__class_getitem__", ((str, alias),))
    assert repr(nested) == "dict[str, list[int]]"
    assert repr(sandbox_class_method(tuple, "__class_getitem__", ((),))) == "tuple[()]"
    assert alias == sandbox_class_method(list, "__class_getitem__", (int,))
    user = _subclass(list, "MyList")
    assert (
        repr(sandbox_class_method(user, "__class_getitem__", (user,))) == "__main__.MyList[__main__.MyList]"
    )
    assert sandbox_method(alias, "__mro_entries__", ((alias,),)) == (list,)
    # No host attribute is reachable through the alias.
    for name in ("__class__x", "__dict__", "__reduce__", "origin"):
        assert outcome(lambda name=name: load_attr(alias, name))[0] == "err"


def test_range_and_slice_data():
    r = range(1, 10, 3)
    assert (load_attr(r, "start"), load_attr(r, "stop"), load_attr(r, "step")) == (1, 10, 3)
    s = slice(1, None, "x")
    assert (load_attr(s, "start"), load_attr(s, "stop"), load_attr(s, "step")) == (1, None, "x")


def test_unhashable_types_show_hash_none():
    for value in ([], {}, set()):
        assert load_attr(value, "__hash__") is None


# ---------------------------------------------------------------------------
# Caps and linear scans


def _quick(fn, limit=1.0):
    # Processor time of this process, which other load on the machine does not stretch.
    start = time.process_time()
    result = outcome(fn)
    assert time.process_time() - start < limit, fn
    return result


HUGE = range(10**12)


@pytest.mark.parametrize(
    "fn",
    [
        lambda: sandbox_call(list, (HUGE,)),
        lambda: sandbox_call(tuple, (HUGE,)),
        lambda: sandbox_call(set, (HUGE,)),
        lambda: sandbox_call(frozenset, (HUGE,)),
        lambda: sandbox_call(list, (range(2**80),)),
        lambda: sandbox_call(list, (iter(HUGE),)),
        lambda: sandbox_call(list, (iter(range(2**80)),)),
        lambda: sandbox_call(list, (reversed(HUGE),)),
        lambda: sandbox_method([], "extend", (HUGE,)),
        lambda: sandbox_method([], "__iadd__", (HUGE,)),
        lambda: sandbox_method([1], "__setitem__", (slice(0, 1), HUGE)),
        lambda: sandbox_method([1], "__init__", (HUGE,)),
        lambda: sandbox_method(set(), "update", (HUGE,)),
        lambda: sandbox_method(set(), "union", (HUGE,)),
        lambda: sandbox_method(frozenset(), "union", (HUGE,)),
        lambda: sandbox_method({}.keys(), "__or__", (HUGE,)),
        lambda: sandbox_class_method(dict, "fromkeys", (HUGE,)),
        lambda: sandbox_method([0], "__mul__", (10**12,)),
        lambda: sandbox_method([0], "__rmul__", (10**12,)),
        lambda: sandbox_method([0], "__imul__", (10**12,)),
        lambda: sandbox_method((0,), "__mul__", (10**12,)),
        lambda: sandbox_method((0,), "__rmul__", (10**12,)),
        lambda: sandbox_method([0, 1], "__mul__", (2**62,)),
    ],
)
def test_caps_raise_memory_error(fn):
    assert _quick(fn) == ("err", MemoryError)


def test_user_iterable_returning_huge_host_iterator_is_capped():
    cls = _subclass(
        object, "Huge", {"__iter__": Builtin(lambda self: iter(HUGE), "__iter__", self_type=object)}
    )
    huge = run_nested(call_type(cls, (), None))
    assert _quick(lambda: sandbox_call(list, (huge,))) == ("err", MemoryError)
    assert _quick(lambda: sandbox_method(set(), "update", (huge,))) == ("err", MemoryError)


def test_caps_respect_memory_limit():
    m = meter.current
    saved = m.max_memory
    m.max_memory = 10_000
    try:
        assert _quick(lambda: sandbox_call(list, (range(10_000),))) == ("err", MemoryError)
        assert _quick(lambda: sandbox_method([0], "__mul__", (10_000,))) == ("err", MemoryError)
        assert sandbox_call(list, (range(10),)) == list(range(10))
    finally:
        m.max_memory = saved


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("__contains__", "a", False),
        ("__contains__", None, False),
        ("__contains__", 5.0, True),
        ("__contains__", 5.5, False),
        ("__contains__", 10**12 + 0j, False),
        ("__contains__", 7 + 0j, True),
        ("count", "a", 0),
        ("count", 7.0, 1),
        ("index", 7.0, 7),
        ("index", float(10**11), 10**11),
        ("index", "a", ValueError),
        ("index", -1.0, ValueError),
    ],
)
def test_range_scans_of_huge_ranges_are_quick(name, value, expected):
    got = _quick(lambda: sandbox_method(HUGE, name, (value,)))
    if isinstance(expected, type):
        assert got == ("err", expected)
    else:
        assert got == ("ok", expected) and type(got[1]) is type(expected)


def test_range_scan_of_user_object_runs_metered():
    def eq(self, other):
        return other == 3

    cls = _subclass(object, "Three", {"__eq__": Builtin(eq, "__eq__", self_type=object), "__hash__": None})
    three = run_nested(call_type(cls, (), None))
    assert sandbox_method(range(10), "__contains__", (three,)) is True
    assert sandbox_method(range(10), "index", (three,)) == 3
    assert sandbox_method(range(10), "count", (three,)) == 1
    # The step limit ends the scan (a meter of its own: a hit limit stays recorded).
    previous = meter.activate(meter.Meter(Limits.unlimited(max_steps=50_000)))
    try:
        with pytest.raises(LimitExceeded) as ended:
            sandbox_method(range(10, 10**12), "__contains__", (three,))
        assert ended.value.limit == "max_steps"
    finally:
        meter.activate(previous)


def test_tables_hold_only_runtime_objects():
    for t, entries in TABLES.items():
        if t.__module__ not in ("builtins", "interp.runtime.containers"):
            continue
        for name, entry in entries.items():
            assert type(entry) in (Builtin, DataAttr, ClassMethodEntry, StaticEntry, Value), (t, name)


def test_error_type_names_are_visible_names():
    with pytest.raises(TypeError, match="'builtin_function_or_method' object is not iterable|not iterable"):
        sandbox_call(list, (Builtin(len, "len"),))
    assert containers.range_length(range(5)) == 5
