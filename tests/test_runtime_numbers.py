"""The allow-list tables of int, bool, float and complex, checked against host CPython."""

from __future__ import annotations

import time

import pytest
from runtime_helpers import compare_method, outcome, same, sandbox_call, sandbox_class_method, sandbox_method

from interp.runtime import meter
from interp.runtime.attributes import load_attr, load_class_attr
from interp.runtime.classes import CONSTRUCTORS, call_type, create_class
from interp.runtime.functions import run_nested
from interp.runtime.native import Builtin
from interp.runtime.typenames import VISIBLE_NAMES
from interp.runtime.typetable import TABLES

INTS = [0, 1, -7, 255, 2**70, -(2**65) + 3, True, False]
FLOATS = [0.0, -0.0, 1.5, -2.75, 1e300, float("inf"), float("nan"), 3.0]
COMPLEXES = [0j, 1 + 2j, -3.5j, complex(1e300, -1)]
OTHERS = [0, 3, -2, 2**70, 2.5, 0.0, True, 1 + 2j, "a", None, [1]]

BINARY = (
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
    "__rfloordiv__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __and__ __rand__ "
    "__or__ __ror__ __xor__ __rxor__ __lshift__ __rlshift__ __rshift__ __rrshift__ "
    "__eq__ __ne__ __lt__ __le__ __gt__ __ge__"
).split()
UNARY = (
    "__neg__ __pos__ __abs__ __invert__ __bool__ __int__ __float__ __index__ __trunc__ __floor__ "
    "__ceil__ __round__ __hash__ __repr__ __str__ __complex__ conjugate bit_length bit_count "
    "as_integer_ratio is_integer hex"
).split()


def _shift_safe(receiver, name, other):
    # 1 << 2**70 is a MemoryError on both sides but the host would try first.
    return not ("shift" in name and isinstance(other, int) and abs(other) > 1000) and not (
        "pow" in name and isinstance(other, int) and abs(other) > 1000
    )


def _cases():
    # One test per (receiver, method), trying every operand in it: fewer, larger tests.
    for receiver in [*INTS, *FLOATS, *COMPLEXES]:
        for name in BINARY:
            arg_lists = [
                (other,)
                for other in OTHERS
                if _shift_safe(receiver, name, other) and _shift_safe(other, name, receiver)
            ]
            yield receiver, name, arg_lists
        for name in UNARY:
            yield receiver, name, [()]


@pytest.mark.parametrize(("receiver", "name", "arg_lists"), list(_cases()))
def test_number_methods_match_host(receiver, name, arg_lists):
    if not any(name in k.__dict__ for k in type(receiver).__mro__):
        # Absent on the host (int.is_integer before 3.12): absent in the sandbox too.
        assert outcome(lambda: load_attr(receiver, name))[0] == "err"
        return
    for args in arg_lists:
        compare_method(receiver, name, args)


@pytest.mark.parametrize(
    ("receiver", "name", "args", "kwargs"),
    [
        (5, "__round__", (-1,), None),
        (55, "__round__", (-1,), None),
        (2**70, "__round__", (-5,), None),
        (5, "__round__", (2,), None),
        (1.25, "__round__", (1,), None),
        (1.25, "__round__", (), None),
        (2.5, "__round__", (None,), None),
        (1024, "to_bytes", (2, "big"), None),
        (1024, "to_bytes", (2,), {"byteorder": "little"}),
        (-1, "to_bytes", (2, "big"), {"signed": True}),
        (-1, "to_bytes", (2, "big"), None),
        (1024, "to_bytes", (), None),
        (255, "to_bytes", (), None),
        (5, "__format__", ("08b",), None),
        (5, "__format__", (",",), None),
        (5, "__format__", (5,), None),
        (1.5, "__format__", (".3f",), None),
        (1.5, "__format__", ("e",), None),
        (1 + 2j, "__format__", ("^20",), None),
        (7, "__pow__", (2, 5), None),
        (7, "__pow__", (-1, 5), None),
        (2, "__rpow__", (3, 5), None),
        (2, "__pow__", (-2,), None),
        (1.5, "hex", (), None),
        (5, "bit_length", (1,), None),
        (5, "conjugate", (), None),
    ],
)
def test_number_methods_with_arguments(receiver, name, args, kwargs):
    compare_method(receiver, name, args, kwargs)


@pytest.mark.parametrize("name", ["real", "imag", "numerator", "denominator"])
@pytest.mark.parametrize("value", [5, -3, True, 1.5, 2 + 3j, 2**80])
def test_data_attributes(name, value):
    want = outcome(lambda: getattr(value, name))
    got = outcome(lambda: load_attr(value, name))
    assert got[0] == want[0]
    if got[0] == "ok":
        assert same(got[1], want[1])


@pytest.mark.parametrize(
    ("cls", "name", "args", "kwargs"),
    [
        (int, "from_bytes", (b"\x01\x00", "big"), None),
        (int, "from_bytes", (b"\x01\x00",), {"byteorder": "little"}),
        (int, "from_bytes", ([255, 255],), {"byteorder": "big", "signed": True}),
        (int, "from_bytes", ((1, 2),), None),
        (int, "from_bytes", ([256],), None),
        (bool, "from_bytes", (b"\x01",), None),
        (float, "fromhex", ("0x1.8p1",), None),
        (float, "fromhex", ("zz",), None),
        (int, "__new__", (int, "12"), None),
        (int, "__new__", (int, "12", 16), None),
        (int, "__new__", (int, "12"), {"base": 8}),
        (int, "__new__", (bool, 1), None),
        (int, "__new__", (str, 1), None),
        (float, "__new__", (float, "1.5"), None),
        (complex, "__new__", (complex, "1+2j"), None),
        (bool, "__new__", (bool, [1]), None),
    ],
)
def test_class_methods(cls, name, args, kwargs):
    host_fn = getattr(cls, name)
    want = outcome(lambda: host_fn(*args, **(kwargs or {})))
    got = outcome(lambda: sandbox_class_method(cls, name, args, kwargs))
    assert got[0] == want[0], (got, want)
    if got[0] == "ok":
        assert same(got[1], want[1]), (got, want)
    else:
        assert got[1] is want[1]


@pytest.mark.parametrize(
    ("cls", "args", "kwargs"),
    [
        (int, (), None),
        (int, ("42",), None),
        (int, (" -42\n",), None),
        (int, ("ff", 16), None),
        (int, ("0x1f", 0), None),
        (int, ("z", 36), None),
        (int, ("1_000",), None),
        (int, ("abc",), None),
        (int, (3.9,), None),
        (int, (-3.9,), None),
        (int, (float("inf"),), None),
        (int, (float("nan"),), None),
        (int, (b"12",), None),
        (int, ("12",), {"base": 5}),
        (int, (12, 5), None),
        (int, (None,), None),
        (int, ("9" * 5000,), None),
        (int, (1 + 2j,), None),
        (bool, (), None),
        (bool, (0,), None),
        (bool, ([],), None),
        (bool, ("x",), None),
        (bool, (1, 2), None),
        (float, (), None),
        (float, ("inf",), None),
        (float, ("-Infinity",), None),
        (float, ("nan",), None),
        (float, (" 1.5e3 ",), None),
        (float, ("1_0.5",), None),
        (float, ("x",), None),
        (float, (10**400,), None),
        (float, (True,), None),
        (float, (None,), None),
        (complex, (), None),
        (complex, ("1+2j",), None),
        (complex, ("(1-2j)",), None),
        (complex, (1, 2), None),
        (complex, (1,), {"imag": 2}),
        (complex, ("1+2j", 1), None),
        (complex, ("x",), None),
    ],
)
def test_constructors(cls, args, kwargs):
    want = outcome(lambda: cls(*args, **(kwargs or {})))
    got = outcome(lambda: sandbox_call(cls, args, kwargs))
    assert got[0] == want[0], (cls, args, got, want)
    if got[0] == "ok":
        assert same(got[1], want[1])
    else:
        assert got[1] is want[1]


def test_constructors_are_builtins():
    for t in (int, bool, float, complex):
        assert type(CONSTRUCTORS[t]) is Builtin
        assert CONSTRUCTORS[t].__name__ == t.__name__


class _RuntimeThing:
    __slots__ = ()


def test_constructor_error_shows_sandbox_type_name():
    VISIBLE_NAMES[_RuntimeThing] = "thing"
    try:
        for cls in (int, float, complex):
            with pytest.raises(TypeError) as info:
                sandbox_call(cls, (_RuntimeThing(),))
            assert "'thing'" in str(info.value) and "_RuntimeThing" not in str(info.value)
    finally:
        del VISIBLE_NAMES[_RuntimeThing]


def test_unbound_method_checks_receiver():
    for name, receiver in [("bit_length", "x"), ("to_bytes", 1.5), ("__mul__", "ab"), ("__round__", [])]:
        entry = load_class_attr(int, name)
        with pytest.raises(TypeError, match="descriptor"):
            sandbox_call(entry, (receiver,))
    # Host slot wrappers check too.
    with pytest.raises(TypeError):
        sandbox_call(load_class_attr(int, "__add__"), ("a", 1))


def test_no_private_host_attributes():
    for value in (1, 1.5, 1j, True):
        for name in (
            "__class__x",
            "__sizeof__",
            "__reduce__",
            "__getnewargs__",
            "__getformat__",
        ):
            assert outcome(lambda value=value, name=name: load_attr(value, name))[0] == "err"
        # __reduce_ex__ is the sandbox's own (object's, for copy and enum): it refuses
        # builtin values rather than reach the host's reduce and copyreg.
        reduce_ex = load_attr(value, "__reduce_ex__")
        assert outcome(lambda reduce_ex=reduce_ex: sandbox_call(reduce_ex, (4,)))[0] == "err"


def _subclass(base, name="Sub", namespace=None):
    ns = {"__module__": "__main__", "__qualname__": name}
    ns.update(namespace or {})
    return run_nested(create_class(type, name, (base,), ns, None))


@pytest.mark.parametrize(
    ("base", "args", "expected"),
    [(int, (5,), 5), (int, ("ff", 16), 255), (float, ("2.5",), 2.5), (complex, (1, 2), 1 + 2j), (int, (), 0)],
)
def test_user_subclass_instantiation(base, args, expected):
    cls = _subclass(base)
    obj = run_nested(call_type(cls, args, None))
    assert type(obj) is cls
    assert obj == expected
    # Inherited methods see the subclass instance.
    assert sandbox_method(obj, "__add__", (1,)) == expected + 1
    assert sandbox_method(obj, "__repr__") == repr(expected)


def test_bool_not_subclassable_via_new():
    cls = _subclass(int)
    with pytest.raises(TypeError):
        sandbox_class_method(bool, "__new__", (cls, 1))


def test_from_bytes_on_subclass_calls_class():
    cls = _subclass(int, "I2")
    obj = sandbox_class_method(cls, "from_bytes", (b"\x02",))
    assert type(obj) is cls and obj == 2
    fcls = _subclass(float, "F2")
    obj = sandbox_class_method(fcls, "fromhex", ("0x1p1",))
    assert type(obj) is fcls and obj == 2.0


# ---------------------------------------------------------------------------
# Caps: each must raise MemoryError at once


def _fast_memory_error(fn, limit=1.0):
    # Processor time of this process, which other load on the machine does not stretch.
    start = time.process_time()
    with pytest.raises(MemoryError):
        fn()
    assert time.process_time() - start < limit


@pytest.mark.parametrize(
    ("receiver", "name", "args"),
    [
        (2, "__pow__", (10**12,)),
        (10**12, "__rpow__", (3,)),
        (1, "__lshift__", (10**12,)),
        (10**12, "__rlshift__", (1,)),
        (0, "to_bytes", (10**12, "big")),
        (1.5, "__format__", (".2000000000f",)),
        (5, "__format__", ("2000000000",)),
        (1j, "__format__", ("2000000000",)),
    ],
)
def test_caps(receiver, name, args):
    _fast_memory_error(lambda: sandbox_method(receiver, name, args))


def test_round_with_huge_negative_ndigits_is_quick():
    start = time.process_time()
    assert sandbox_method(5, "__round__", (-(10**9),)) == 0
    assert sandbox_method(2**100, "__round__", (-(10**9),)) == 0
    assert time.process_time() - start < 0.5
    # Near the boundary the result still matches the host.
    for value in (5, 50, 51, 149, 150, 10**30 + 1, -(10**20)):
        for nd in range(-35, 2):
            assert sandbox_method(value, "__round__", (nd,)) == round(value, nd)


def test_big_int_mul_respects_memory_limit():
    m = meter.current
    saved = m.max_memory
    m.max_memory = 10_000
    try:
        big = 1 << 200_000
        _fast_memory_error(lambda: sandbox_method(big, "__mul__", (big,)))
        _fast_memory_error(lambda: sandbox_method(big, "__rmul__", (big,)))
    finally:
        m.max_memory = saved


def test_tables_hold_only_runtime_objects():
    from interp.runtime.typetable import ClassMethodEntry, DataAttr, StaticEntry, Value

    for t in (int, bool, float, complex):
        for name, entry in TABLES[t].items():
            assert type(entry) in (Builtin, DataAttr, ClassMethodEntry, StaticEntry, Value), (t, name)
