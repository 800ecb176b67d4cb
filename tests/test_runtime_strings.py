"""The allow-list tables of str, bytes and bytearray, and the formatting module, checked
against host CPython; plus the size caps and the format-string escape attempts."""

from __future__ import annotations

import random
import sys
import time

import pytest
from runtime_helpers import compare_method, outcome, same, sandbox_call, sandbox_class_method, sandbox_method

from interp.runtime import strings as _strings  # noqa: F401  (registers the tables)
from interp.runtime.attributes import load_attr, load_class_attr
from interp.runtime.classes import CONSTRUCTORS, call_type, create_class
from interp.runtime.exceptions import SandboxStopIteration
from interp.runtime.formatting import binary_mod, format_value, percent_format, str_format
from interp.runtime.functions import Code, Function, run_nested
from interp.runtime.native import Builtin
from interp.runtime.typetable import TABLES

# ---------------------------------------------------------------------------
# Helpers


def _fn(pyfn, argnames):
    """A sandbox Function whose body is the host function ``pyfn`` (tests only)."""
    n = len(argnames)

    def body(frame):
        frame[0] = pyfn(*frame[1 : 1 + n])

    code = Code(
        name=pyfn.__name__,
        qualname=pyfn.__name__,
        filename="<test>",
        firstlineno=1,
        argnames=tuple(argnames),
        posonlycount=0,
        kwonlynames=(),
        has_varargs=False,
        has_varkw=False,
        nslots=1 + n,
        cell_params=(),
        new_cells=(),
        free_slots=(),
        body=body,
        body_is_generator=False,
        kind="function",
        slot_names=tuple(argnames),
    )
    return Function(code, {"__name__": "__main__"})


def _subclass(base, name="Sub", namespace=None):
    ns = {"__module__": "__main__", "__qualname__": name}
    ns.update(namespace or {})
    return run_nested(create_class(type, name, (base,), ns, None))


def _counter_iterable(n):
    """A user iterator class (``__iter__``/``__next__`` in sandbox functions)."""

    def next_(self):
        if self.i >= n:
            raise SandboxStopIteration()
        self.i += 1
        return self.i

    cls = _subclass(
        object, "Counter", {"__iter__": _fn(lambda self: self, ["self"]), "__next__": _fn(next_, ["self"])}
    )
    obj = run_nested(call_type(cls, (), None))
    obj.i = 0
    return obj


def _fast_memory_error(fn, limit=5.0):
    """The cap refused the operation: our MemoryError (the host's has no message), and
    in bounded time (generous: the suite may run on a loaded machine)."""
    start = time.process_time()
    with pytest.raises(MemoryError, match="result too large|cannot allocate"):
        fn()
    assert time.process_time() - start < limit


# ---------------------------------------------------------------------------
# Every public method is registered

_NOT_EXPOSED = {
    "__getattribute__",
    "__sizeof__",
    "__getnewargs__",
    "__reduce__",
    "__reduce_ex__",
    "__alloc__",
}
_NOT_EXPOSED |= {"__doc__", "__init_subclass__", "__subclasshook__", "__class_getitem__", "__buffer__"}
_NOT_EXPOSED |= {"__release_buffer__", "__dir__", "__setattr__", "__delattr__", "__class__"}


@pytest.mark.parametrize("t", [str, bytes, bytearray])
def test_every_host_method_is_in_the_table(t):
    missing = [name for name in t.__dict__ if name not in _NOT_EXPOSED and name not in TABLES[t]]
    assert not missing


def test_constructors_registered():
    for t in (str, bytes, bytearray):
        assert type(CONSTRUCTORS[t]) is Builtin
        assert CONSTRUCTORS[t].__name__ == t.__name__


# ---------------------------------------------------------------------------
# Methods against the host

STRS = [
    "",
    "abc",
    "Hello World",
    "a\tbc\td",
    "ÀéÎ ß",
    "  x y  ",
    "a,b,,c",
    "x\ny\r\nz",
    "123",
    "İx",
    "Title Case",
]

_NOARG = (
    "capitalize casefold isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric "
    "isprintable isspace istitle isupper lower upper title swapcase strip lstrip rstrip split rsplit "
    "splitlines expandtabs __len__ __repr__ __str__ __hash__ zfill"
).split()


def _str_cases():
    with_args = {
        "count": [("a",), ("b", 1), ("", 0, 2), (1,)],
        "find": [("a",), ("l", 3), ("zz",), ("", 5)],
        "rfind": [("a",), ("l", 0, 4)],
        "index": [("a",), ("zz",)],
        "rindex": [("l",), ("zz",)],
        "startswith": [("a",), (("H", "a"),), ("b", 1), (1,)],
        "endswith": [("c",), (("d", "z"),), ("", 3)],
        "__contains__": [("a",), ("",), (1,)],
        "partition": [(",",), (" ",), ("",)],
        "rpartition": [(",",), (" ",)],
        "split": [(",",), (None, 1), (",", 1), ("",)],
        "rsplit": [(",",), (None, 1)],
        "splitlines": [(True,)],
        "strip": [("a",), (" x",), (None,), (1,)],
        "lstrip": [("aH",)],
        "rstrip": [("cd",)],
        "removeprefix": [("a",), ("",), ("Hell",)],
        "removesuffix": [("c",), ("ld",)],
        "ljust": [(5,), (10, "*"), (3, "ab"), (2.5,), (-1,), (True,), (20, "é")],
        "rjust": [(5,), (10, "-")],
        "center": [(6,), (9, "="), (4, "")],
        "zfill": [(6,), (0,), ("x",)],
        "expandtabs": [(4,), (0,), (-1,), (2.5,)],
        "replace": [("a", "xyz"), ("", "-"), ("a", "b", 1), ("l", "LL", -1), (1, 2), ("a",), ("a", "bb", 0)],
        "join": [(["a", "b"],), ((),), (["a", 1],), (5,), ("xyz",), ({"k": 1},), ([b"x"],), (range(3),)],
        "encode": [
            (),
            ("utf-8",),
            ("ascii",),
            ("ascii", "ignore"),
            ("ascii", "replace"),
            ("ascii", "backslashreplace"),
            ("ascii", "xmlcharrefreplace"),
            ("latin-1",),
            ("utf-16",),
            ("UTF_32-LE",),
            ("bogus",),
            ("ascii", "bogus"),
            (1,),
            ("rot13",),
            ("hex",),
            ("zlib",),
        ],
        "translate": [({97: "xy", 98: None},), ({ord("l"): 76},), ("xyz",), ({97: -1},), ({97: 1.5},)],
        "__getitem__": [(0,), (slice(1, None),), (10,), ("a",), (-1,)],
        "__add__": [("x",), (1,)],
        "__mul__": [(3,), (0,), (-1,), (2.5,), ("x",)],
        "__rmul__": [(2,), (None,)],
        "__mod__": [((),), ("x",), ((1, 2),)],
        "__rmod__": [("%s",), (5,), ("%s %s",)],
        "__eq__": [("abc",), (1,)],
        "__ne__": [("abc",)],
        "__lt__": [("b",), (1,)],
        "__le__": [("abc",)],
        "__gt__": [("",)],
        "__ge__": [("zzz",)],
        "__format__": [("",), ("10",), (">5",), (1,), ("d",)],
        "format": [(1, 2), ()],
        "format_map": [({},), ({"a": 1},)],
    }
    for s in STRS:
        for name in _NOARG:
            yield s, name, ()
        for name, arg_sets in with_args.items():
            for args in arg_sets:
                yield s, name, args


@pytest.mark.parametrize(("receiver", "name", "args"), list(_str_cases()))
def test_str_methods_match_host(receiver, name, args):
    compare_method(receiver, name, args)


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("split", (), {"sep": ",", "maxsplit": 1}),
        ("rsplit", (), {"maxsplit": 1}),
        ("splitlines", (), {"keepends": True}),
        ("expandtabs", (), {"tabsize": 2}),
        ("encode", (), {"encoding": "latin-1", "errors": "strict"}),
        ("encode", (), {"errors": "ignore"}),
        ("encode", (), {"bogus": 1}),
        ("replace", ("a", "b"), {"count": 1}),
        ("ljust", (), {"width": 3}),
        ("format", (), {"x": 1}),
    ],
)
def test_str_keyword_arguments(name, args, kwargs):
    for s in ("a,b\tc", "é,a"):
        compare_method(s, name, args, kwargs)


def test_str_iter():
    assert list(sandbox_method("abc", "__iter__")) == ["a", "b", "c"]


BYTES = [b"", b"abc", b"Hello World", b"a\tbc", b"\x00\xff", b"  x  ", b"a,b,,c", b"x\ny\r\nz", b"12"]

_BYTES_NOARG = (
    "capitalize isalnum isalpha isascii isdigit islower isspace istitle isupper lower upper title "
    "swapcase strip lstrip rstrip split rsplit splitlines expandtabs hex __len__ __repr__ __str__ decode"
).split()


def _bytes_cases(t):
    with_args = {
        "count": [(b"a",), (97,), (b"", 1)],
        "find": [(b"l",), (b"zz",)],
        "index": [(b"a",), (b"zz",)],
        "rindex": [(b"l",)],
        "rfind": [(b"l",)],
        "startswith": [(b"a",), ((b"H", b"a"),), ("a",)],
        "endswith": [(b"c",)],
        "__contains__": [(b"a",), (97,), (300,), ("a",)],
        "partition": [(b",",)],
        "rpartition": [(b" ",)],
        "split": [(b",",), (None, 1)],
        "rsplit": [(b",", 1)],
        "strip": [(b"a",)],
        "removeprefix": [(b"a",)],
        "removesuffix": [(b"c",)],
        "ljust": [(6,), (8, b"*"), (3, b"ab"), (4, "*")],
        "rjust": [(6,)],
        "center": [(7, b"-")],
        "zfill": [(5,)],
        "expandtabs": [(3,), (0,)],
        "replace": [(b"a", b"xyz"), (b"", b"-"), (b"l", b"L", 1), ("a", "b")],
        "join": [([b"a", b"b"],), ([b"a", bytearray(b"c")],), ([b"a", "b"],), (5,), (range(3),)],
        "decode": [
            ("utf-8",),
            ("latin-1",),
            ("ascii", "ignore"),
            ("ascii", "replace"),
            ("utf-8", "backslashreplace"),
            ("utf-8", "surrogateescape"),
            ("bogus",),
            ("utf-8", "bogus"),
            ("hex",),
            ("zlib",),
        ],
        "hex": [(":",), ("-", 2)],
        "translate": [(None, b"a"), (bytes(range(256)),), (b"short",)],
        "__getitem__": [(0,), (slice(1, None),), (10,)],
        "__add__": [(b"x",), (bytearray(b"y"),), ("z",)],
        "__mul__": [(3,), (0,), (2.5,)],
        "__rmul__": [(2,)],
        "__mod__": [((),), (b"x",)],
        "__rmod__": [(b"%s",), (5,)],
        "__eq__": [(b"abc",), ("abc",)],
        "__lt__": [(b"b",)],
    }
    receivers = [t(b) for b in BYTES]
    for r in receivers:
        for name in _BYTES_NOARG:
            yield r, name, ()
        for name, arg_sets in with_args.items():
            for args in arg_sets:
                yield r, name, args
    if t is bytes:
        for r in receivers:
            yield r, "__hash__", ()
            yield r, "__bytes__", ()
    if t is bytearray:
        mutators = {
            "append": [(65,), (256,), ("a",)],
            "extend": [(b"xy",), ([1, 2],), (range(3),), ("ab",), (5,), ([300],), ({7: 0},)],
            "insert": [(0, 65), (-1, 66)],
            "pop": [(), (0,)],
            "remove": [(97,), (0,)],
            "reverse": [()],
            "clear": [()],
            "copy": [()],
            "__setitem__": [
                (0, 65),
                (slice(0, 1), b"zz"),
                (slice(0, 1), [1, 2]),
                (slice(0, 2), range(5)),
                (0, 300),
            ],
            "__delitem__": [(0,), (slice(None),)],
            "__iadd__": [(b"x",), ("x",)],
            "__imul__": [(2,), (0,)],
        }
        for r in receivers:
            for name, arg_sets in mutators.items():
                for args in arg_sets:
                    yield r, name, args


@pytest.mark.parametrize(("receiver", "name", "args"), list(_bytes_cases(bytes)))
def test_bytes_methods_match_host(receiver, name, args):
    compare_method(receiver, name, args)


@pytest.mark.parametrize(("receiver", "name", "args"), list(_bytes_cases(bytearray)))
def test_bytearray_methods_match_host(receiver, name, args):
    compare_method(receiver, name, args)


def test_bytearray_hash_is_none():
    assert load_attr(bytearray(), "__hash__") is None


@pytest.mark.parametrize(
    ("cls", "name", "args"),
    [
        (str, "maketrans", ("ab", "cd")),
        (str, "maketrans", ({"a": "x", 98: None},)),
        (str, "maketrans", ("ab", "c")),
        (str, "maketrans", ("a", "b", "c")),
        (bytes, "maketrans", (b"ab", b"cd")),
        (bytearray, "maketrans", (b"a", b"b")),
        (bytes, "fromhex", ("41 42",)),
        (bytes, "fromhex", ("zz",)),
        (bytes, "fromhex", (5,)),
        (bytearray, "fromhex", ("00ff",)),
    ],
)
def test_class_level_methods(cls, name, args):
    want = outcome(lambda: getattr(cls, name)(*args))
    got = outcome(lambda: sandbox_class_method(cls, name, args))
    assert got[0] == want[0], (got, want)
    if got[0] == "ok":
        assert same(got[1], want[1])
    else:
        assert got[1] is want[1]
    # Also reachable from an instance.
    got_instance = outcome(lambda: sandbox_method(cls(), name, args))
    assert got_instance[0] == want[0]


def test_unbound_methods_check_the_receiver():
    for t, name, receiver in [
        (str, "join", 5),
        (str, "ljust", b"x"),
        (str, "format", 1),
        (bytes, "join", "x"),
        (bytearray, "extend", b"x"),
        (str, "upper", 1),
        (str, "__mod__", b"%s"),
    ]:
        with pytest.raises(TypeError, match="descriptor"):
            sandbox_call(load_class_attr(t, name), (receiver, "a"))
    with pytest.raises(TypeError, match="needs an argument"):
        sandbox_call(load_class_attr(str, "join"), ())


# ---------------------------------------------------------------------------
# Constructors


@pytest.mark.parametrize(
    ("cls", "args", "kwargs"),
    [
        (str, (), None),
        (str, (5,), None),
        (str, (b"abc",), None),
        (str, (b"caf\xc3\xa9", "utf-8"), None),
        (str, (b"caf\xc3\xa9", "ascii"), None),
        (str, (b"caf\xc3\xa9", "ascii", "ignore"), None),
        (str, (b"caf\xc3\xa9",), {"errors": "replace"}),
        (str, (b"abc", "bogus"), None),
        (str, (b"abc", "utf-8", "bogus"), None),
        (str, (b"\xff", "utf-8", "bogus"), None),
        (str, (5, "bogus"), None),
        (str, ("abc", "utf-8"), None),
        (str, (), {"object": 1}),
        (str, (1, 2, 3, 4), None),
        (str, (), {"bad": 1}),
        (bytes, (), None),
        (bytes, (3,), None),
        (bytes, (-1,), None),
        (bytes, ([1, 2, 255],), None),
        (bytes, ([256],), None),
        (bytes, (range(5),), None),
        (bytes, ((1, 2),), None),
        (bytes, ("abc",), None),
        (bytes, ("abc", "ascii"), None),
        (bytes, ("é", "ascii"), None),
        (bytes, ("é", "ascii", "xmlcharrefreplace"), None),
        (bytes, ("abc", "bogus"), None),
        (bytes, (5, "bogus"), None),
        (bytes, (2.5,), None),
        (bytes, (None,), None),
        (bytes, (b"xy",), None),
        (bytes, (bytearray(b"xy"),), None),
        (bytes, (memoryview(b"xy"),), None),
        (bytes, ({1: 2},), None),
        (bytes, (), {"source": b"x"}),
        (bytearray, (), None),
        (bytearray, (4,), None),
        (bytearray, ([65, 66],), None),
        (bytearray, ("ab", "latin-1"), None),
        (bytearray, ("ab",), None),
        (bytearray, (b"ab",), None),
        (bytearray, (2.5,), None),
    ],
)
def test_constructors(cls, args, kwargs):
    want = outcome(lambda: cls(*args, **(kwargs or {})))
    got = outcome(lambda: sandbox_call(cls, args, kwargs))
    assert got[0] == want[0], (cls, args, got, want)
    if got[0] == "ok":
        assert same(got[1], want[1])
    else:
        assert got[1] is want[1], (got, want)


def test_constructor_from_sandbox_iterator():
    assert sandbox_call(bytes, (_counter_iterable(3),)) == b"\x01\x02\x03"
    assert sandbox_call(bytearray, (_counter_iterable(2),)) == bytearray(b"\x01\x02")
    assert sandbox_method(",", "join", (_StrIter(["a", "b"]),)) == "a,b"
    ba = bytearray(b"x")
    sandbox_method(ba, "extend", (_counter_iterable(2),))
    assert ba == bytearray(b"x\x01\x02")


def _StrIter(items):
    items = list(items)

    def next_(self):
        if not items:
            raise SandboxStopIteration()
        return items.pop(0)

    cls = _subclass(
        object, "StrIter", {"__iter__": _fn(lambda self: self, ["self"]), "__next__": _fn(next_, ["self"])}
    )
    return run_nested(call_type(cls, (), None))


def test_constructor_rejects_non_iterable_runtime_object():
    with pytest.raises(TypeError, match="cannot convert 'builtin_function_or_method' object to bytes"):
        sandbox_call(bytes, (Builtin(len, "len"),))


def test_user_index_is_read_once():
    calls = []

    def index(self):
        calls.append(1)
        return 3

    cls = _subclass(object, "Idx", {"__index__": _fn(index, ["self"])})
    obj = run_nested(call_type(cls, (), None))
    assert sandbox_call(bytes, (obj,)) == b"\x00\x00\x00"
    assert sandbox_method("ab", "__mul__", (obj,)) == "ababab"
    assert sandbox_method("a", "ljust", (obj,)) == "a  "
    assert len(calls) == 3


@pytest.mark.parametrize(
    ("base", "args", "expected"),
    [
        (str, ("abc",), "abc"),
        (str, (5,), "5"),
        (str, (), ""),
        (bytes, (3,), b"\0\0\0"),
        (bytes, ([65],), b"A"),
    ],
)
def test_user_subclass_instantiation(base, args, expected):
    cls = _subclass(base)
    obj = run_nested(call_type(cls, args, None))
    assert type(obj) is cls
    assert obj == expected
    assert sandbox_method(obj, "__add__", (expected[:0],)) == expected


def test_bytearray_subclass_instantiation():
    cls = _subclass(bytearray)
    obj = run_nested(call_type(cls, ([1, 2],), None))
    assert type(obj) is cls and obj == bytearray(b"\x01\x02")


def test_new_called_directly():
    cls = _subclass(str, "S")
    obj = sandbox_class_method(str, "__new__", (cls, 42))
    assert type(obj) is cls and obj == "42"
    with pytest.raises(TypeError, match="is not a subtype of str"):
        sandbox_class_method(str, "__new__", (int, 1))
    with pytest.raises(TypeError, match="not a type object"):
        sandbox_class_method(str, "__new__", (1,))
    bcls = _subclass(bytes, "B")
    obj = sandbox_class_method(bytes, "__new__", (bcls, 2))
    assert type(obj) is bcls and obj == b"\0\0"


def test_fromhex_on_subclass_calls_the_class():
    cls = _subclass(bytes, "B2")
    obj = sandbox_class_method(cls, "fromhex", ("4142",))
    assert type(obj) is cls and obj == b"AB"


def test_str_subclass_methods_use_real_length():
    # A lying __len__ must not shrink the size estimate.
    cls = _subclass(str, "Liar", {"__len__": _fn(lambda self: 0, ["self"])})
    big = run_nested(call_type(cls, ("x" * 100_000,), None))
    _fast_memory_error(lambda: sandbox_method("", "join", ([big] * 20_000,)))


# ---------------------------------------------------------------------------
# Codecs


@pytest.mark.parametrize(
    "encoding",
    [
        "utf-8",
        "UTF8",
        "utf_8",
        "u8",
        "utf-8-sig",
        "ascii",
        "US-ASCII",
        "latin-1",
        "latin1",
        "iso-8859-1",
        "L1",
        "utf-16",
        "utf-16-le",
        "UTF-16BE",
        "utf-32",
        "utf_32_be",
        "cp1252",
        "windows-1252",
        "unicode_escape",
        "raw-unicode-escape",
        "utf-7",
    ],
)
def test_allowed_encodings_round_trip(encoding):
    for text in ("abc", "héllo", "\n\\x"):
        want = outcome(lambda text=text: text.encode(encoding))
        got = outcome(lambda text=text: sandbox_method(text, "encode", (encoding,)))
        assert got == want
        if want[0] == "ok":
            assert sandbox_method(want[1], "decode", (encoding,)) == want[1].decode(encoding)


@pytest.mark.parametrize(
    "encoding",
    ["bogus", "rot13", "rot_13", "hex", "base64", "zlib", "bz2", "idna", "punycode", "mbcs", "", "utf.8"],
)
def test_other_encodings_are_unknown(encoding):
    for fn in (
        lambda: sandbox_method("abc", "encode", (encoding,)),
        lambda: sandbox_method(b"abc", "decode", (encoding,)),
        lambda: sandbox_call(str, (b"abc", encoding)),
        lambda: sandbox_call(bytes, ("abc", encoding)),
    ):
        with pytest.raises(LookupError, match="unknown encoding"):
            fn()


@pytest.mark.parametrize(
    "errors",
    [
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "namereplace",
        "surrogateescape",
    ],
)
def test_error_handlers(errors):
    for text, encoding in (("é\udcff", "ascii"), ("abc", "ascii"), ("\udcff", "utf-8")):
        want = outcome(lambda text=text, encoding=encoding: text.encode(encoding, errors))
        got = outcome(lambda text=text, encoding=encoding: sandbox_method(text, "encode", (encoding, errors)))
        assert got[0] == want[0] and (got[1] == want[1] if got[0] == "ok" else got[1] is want[1])
    for data in (b"\xff", b"abc"):
        want = outcome(lambda data=data: data.decode("ascii", errors))
        got = outcome(lambda data=data: sandbox_method(data, "decode", ("ascii", errors)))
        assert got[0] == want[0] and (got[1] == want[1] if got[0] == "ok" else got[1] is want[1])


@pytest.mark.parametrize(
    "encoding", ["utf 8", "UTF-8 ", "utf--8", "utf.8", "latin 1", "ASCII\t", "utf-8\0", "utf_8_sig"]
)
def test_encoding_name_normalization_matches_host(encoding):
    for fn, host in [
        (lambda: sandbox_method("abc", "encode", (encoding,)), lambda: "abc".encode(encoding)),
        (lambda: sandbox_method(b"abc", "decode", (encoding,)), lambda: b"abc".decode(encoding)),
        (lambda: sandbox_method(b"", "decode", (encoding,)), lambda: b"".decode(encoding)),
        (lambda: sandbox_call(str, (b"", encoding)), lambda: str(b"", encoding)),
    ]:
        assert outcome(fn) == outcome(host)


def test_host_iterator_argument():
    assert sandbox_call(bytearray, (iter([1, 2]),)) == bytearray(b"\x01\x02")
    assert sandbox_call(bytes, (iter(range(3)),)) == b"\x00\x01\x02"
    assert sandbox_method(b"-", "join", ([b"a", memoryview(b"m")],)) == b"a-m"


def test_unknown_error_handler_only_fails_when_needed():
    assert sandbox_method("abc", "encode", ("ascii", "my_handler")) == b"abc"
    with pytest.raises(LookupError, match="unknown error handler name 'my_handler'"):
        sandbox_method("é", "encode", ("ascii", "my_handler"))


# ---------------------------------------------------------------------------
# str.format


def _format_strings(count=400, seed=1):
    pieces = [
        "{}",
        "{0}",
        "{1}",
        "{2}",
        "{x}",
        "{0!r}",
        "{0!s:>8}",
        "{1!a}",
        "{:*^9}",
        "{0[0]}",
        "{y[k]}",
        "{y[0]}",
        "{z[1]}",
        "{z[-1]}",
        "{1.real}",
        "{1.imag}",
        "{.real}",
        "{[0]}",
        "{:{}}",
        "{0:{1}}",
        "{0:{x}}",
        "{0:{1:{2}}}",
        "{{",
        "}}",
        "{",
        "}",
        "{!z}",
        "{0!}",
        "{0!rr}",
        "{0.}",
        "{0[}",
        "{0[0]x}",
        "{:%}",
        "{1:,}",
        "{2:.3}",
        "{2:e}",
        "{1:#x}",
        "{1:08.2f}",
        "{0:d}",
        "{3}",
        "{w}",
        "{00}",
        "{0:}",
        "{ }",
        "{0.x y}",
        "{1.__class__}",
        "{1:_b}",
        "{2:=+10}",
        "{x:<{1}}",
        "{0:é^7}",
    ]
    literals = ["", "a", " - ", "é", "%s", "\n"]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 3)
        out.append(
            "".join(rng.choice(literals) + rng.choice(pieces) for _ in range(n)) + rng.choice(literals)
        )
    return out


_ARGS = ("ab", 12, 3.5, None)
_KWARGS = {"x": -7, "y": {"k": "v", 0: "zero"}, "z": [10, 20, 30]}


@pytest.mark.parametrize("fmt", _format_strings())
def test_str_format_matches_host(fmt):
    want = outcome(lambda: fmt.format(*_ARGS, **_KWARGS))
    got = outcome(lambda: str_format(fmt, _ARGS, _KWARGS))
    assert got[0] == want[0], (fmt, got, want)
    if got[0] == "ok":
        assert got[1] == want[1], (fmt, got, want)
    else:
        assert got[1] is want[1], (fmt, got, want)


@pytest.mark.parametrize("fmt", _format_strings(100, seed=2))
def test_format_map_matches_host(fmt):
    want = outcome(lambda: fmt.format_map(_KWARGS))
    got = outcome(lambda: sandbox_method(fmt, "format_map", (_KWARGS,)))
    assert got[0] == want[0], (fmt, got, want)
    if got[0] == "ok":
        assert got[1] == want[1]
    else:
        assert got[1] is want[1], (fmt, got, want)


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        ("{}{0}", "cannot switch from automatic field numbering to manual field specification"),
        ("{0}{}", "cannot switch from manual field specification to automatic field numbering"),
        ("{0:{}}", "cannot switch from manual field specification to automatic field numbering"),
        ("{!x}", "Unknown conversion specifier x"),
        ("{0:{1:{2}}}", "Max string recursion exceeded"),
        ("}", "Single '}' encountered in format string"),
        ("{5}", "Replacement index 5 out of range for positional args tuple"),
    ],
)
def test_str_format_messages(fmt, message):
    with pytest.raises(Exception) as mine:
        str_format(fmt, (1, 2, 3), {})
    with pytest.raises(Exception) as host:
        fmt.format(1, 2, 3)
    assert str(mine.value) == message == str(host.value)


def test_format_map_rejects_positional_fields():
    with pytest.raises(ValueError, match="Format string contains positional fields"):
        sandbox_method("{0}", "format_map", ({},))


def test_format_map_with_user_mapping():
    cls = _subclass(dict, "D", {"__missing__": _fn(lambda self, key: key.upper(), ["self", "key"])})
    d = run_nested(call_type(cls, (), None))
    assert sandbox_method("{a}-{bc}", "format_map", (d,)) == "A-BC"


def test_user_format_method_is_called():
    cls = _subclass(object, "F", {"__format__": _fn(lambda self, spec: f"<{spec}>", ["self", "spec"])})
    obj = run_nested(call_type(cls, (), None))
    assert str_format("{0:abc} {0}", (obj,), {}) == "<abc> <>"
    assert format_value(obj, "%Y") == "<%Y>"
    bad = _subclass(object, "G", {"__format__": _fn(lambda self, spec: 5, ["self", "spec"])})
    with pytest.raises(TypeError, match="__format__ must return a str, not int"):
        format_value(run_nested(call_type(bad, (), None)), "")


def test_user_str_and_repr_in_conversions():
    cls = _subclass(
        object,
        "R",
        {"__repr__": _fn(lambda self: "R!", ["self"]), "__str__": _fn(lambda self: "S!", ["self"])},
    )
    obj = run_nested(call_type(cls, (), None))
    assert str_format("{0!r} {0!s} {0}", (obj,), {}) == "R! S! S!"


# ---------------------------------------------------------------------------
# Escape attempts through format strings


def test_format_attribute_access_goes_through_the_tables():
    assert str_format("{0.__class__}", (1,), {}) == "<class 'int'>"
    assert str_format("{0.real}", (5,), {}) == "5"
    # type.__subclasses__ is a view (DESIGN.md, invariant 2): its method's repr comes
    # back, and calling it lists sandbox classes only (tests/escapes/frame_views/).
    for fmt in ("{0.__class__.__subclasses__}", "{0.__class__.__mro__[1].__subclasses__}"):
        for value in (1, "s", b"b", [1]):
            assert str_format(fmt, (value,), {}) == "<built-in method __subclasses__ of type object>"
    for fmt in (
        "{0.__init__.__globals__}",
        "{0.__class__.__init__.__globals__}",
        "{0.__reduce_ex__.__globals__}",
        "{0.format.__globals__}",
        "{0.__sizeof__}",
    ):
        for value in (1, "s", b"b", [1]):
            with pytest.raises((AttributeError, IndexError, TypeError)):
                str_format(fmt, (value,), {})


def test_format_attribute_of_user_object():
    cls = _subclass(object, "P")
    obj = run_nested(call_type(cls, (), None))
    obj.name = "pt"
    assert str_format("{0.name}", (obj,), {}) == "pt"
    with pytest.raises(AttributeError):
        str_format("{0.missing}", (obj,), {})


# ---------------------------------------------------------------------------
# format_value

VALUES = [
    0,
    7,
    -42,
    2**40,
    True,
    1.5,
    -0.0,
    1e300,
    float("nan"),
    float("inf"),
    1 + 2j,
    "abc",
    "é",
    None,
    [1],
    b"x",
]
SPECS = [
    "",
    "10",
    "<10",
    ">10",
    "^10",
    "*^11",
    "+",
    " ",
    "#x",
    "08.3f",
    ",",
    "_",
    ".2",
    ".0e",
    "%",
    "z.1f",
    "x",
    "s",
    "d",
    "=+10",
    "010",
    "é>5",
    ".3s",
    "c",
    "b",
    "n",
    "g",
    ",.2f",
    "-^+#012,.3g",
    "5.5",
    "{}",
    "99999999999999999999",
]


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_format_value_matches_host(value, spec):
    want = outcome(lambda: format(value, spec))
    got = outcome(lambda: format_value(value, spec))
    assert got[0] == want[0], (value, spec, got, want)
    if got[0] == "ok":
        assert got[1] == want[1]
    else:
        assert got[1] is want[1], (value, spec, got, want)


def test_format_value_spec_type():
    with pytest.raises(TypeError, match="format\\(\\) argument 2 must be str, not int"):
        format_value(1, 5)
    with pytest.raises(
        TypeError, match="unsupported format string passed to builtin_function_or_method.__format__"
    ):
        format_value(Builtin(len, "len"), "5")


# ---------------------------------------------------------------------------
# printf-style formatting

PERCENT_FORMATS = [
    "%s",
    "%d",
    "%5.2f",
    "%-6s|",
    "%(a)s %(b)d",
    "%(a)s",
    "%*d",
    "%.*f",
    "%-*.*s|",
    "%c",
    "%r",
    "%a",
    "%x %X %o",
    "%%",
    "%",
    "%y",
    "%s %s",
    "%(a",
    "%ld",
    "%+05d",
    "%#x",
    "%e",
    "%10.4g",
    "é%s",
    "%.3s",
    "%i %u",
    "no conversion",
]
PERCENT_VALUES = [
    (1,),
    ("x",),
    (3.5,),
    (1, 2),
    {"a": 1, "b": 2},
    5,
    "str",
    (65,),
    ([1],),
    ((1, 2),),
    (4, 2, "abcdef"),
]


@pytest.mark.parametrize("values", PERCENT_VALUES, ids=repr)
@pytest.mark.parametrize("fmt", PERCENT_FORMATS)
def test_percent_matches_host(fmt, values):
    for f in (fmt, fmt.encode("utf-8"), bytearray(fmt.encode("utf-8"))):
        v = values
        if not isinstance(f, str):
            v = (
                tuple(x.encode() if isinstance(x, str) else x for x in values)
                if isinstance(values, tuple)
                else values
            )
        want = outcome(lambda f=f, v=v: f % v)
        got = outcome(lambda f=f, v=v: percent_format(f, v))
        assert got[0] == want[0], (f, v, got, want)
        if got[0] == "ok":
            assert same(got[1], want[1])
        else:
            assert got[1] is want[1], (f, v, got, want)
        assert outcome(lambda f=f, v=v: binary_mod(f, v)) == got or got[0] == "err"


def test_percent_messages():
    for fmt, values in [
        ("%y", 1),
        ("%s %s", (1,)),
        ("%s", (1, 2)),
        ("%", ()),
        ("%(a)s", (1,)),
        ("%*d", ("x", 1)),
    ]:
        with pytest.raises(Exception) as mine:
            percent_format(fmt, values)
        with pytest.raises(Exception) as host:
            fmt % values
        assert str(mine.value) == str(host.value)
        assert type(mine.value) is type(host.value)


def test_binary_mod_other_types():
    assert binary_mod(7, 3) == 1
    assert binary_mod(7.5, 2) == 1.5


# ---------------------------------------------------------------------------
# Size caps: MemoryError before the host allocates

BIG = 10**10


@pytest.mark.parametrize(
    "fn",
    [
        lambda: sandbox_method("a", "ljust", (BIG,)),
        lambda: sandbox_method("a", "rjust", (BIG, "x")),
        lambda: sandbox_method("a", "center", (BIG,)),
        lambda: sandbox_method("a", "zfill", (BIG,)),
        lambda: sandbox_method(b"a", "ljust", (BIG,)),
        lambda: sandbox_method(bytearray(b"a"), "center", (BIG,)),
        lambda: sandbox_method(b"a", "zfill", (BIG,)),
        lambda: sandbox_method("\t" * 1000, "expandtabs", (BIG,)),
        lambda: sandbox_method(b"\t" * 1000, "expandtabs", (10**7,)),
        lambda: sandbox_method("a" * 100_000, "replace", ("a", "b" * 100_000)),
        lambda: sandbox_method("a" * 100_000, "replace", ("", "b" * 100_000)),
        lambda: sandbox_method(b"a" * 100_000, "replace", (b"a", b"b" * 100_000)),
        lambda: sandbox_method("ab", "__mul__", (BIG,)),
        lambda: sandbox_method("ab", "__rmul__", (BIG,)),
        lambda: sandbox_method(b"ab", "__mul__", (BIG,)),
        lambda: sandbox_method(bytearray(b"ab"), "__imul__", (BIG,)),
        lambda: sandbox_method("x" * 100_000, "join", (["a"] * 100_000,)),
        lambda: sandbox_method("", "join", (["x" * 100_000] * 100_000,)),
        lambda: sandbox_method(b"x" * 100_000, "join", ([b"a"] * 100_000,)),
        lambda: sandbox_method("", "join", (range(BIG),)),
        lambda: sandbox_method("", "join", (iter(range(BIG)),)),
        lambda: sandbox_call(bytes, (BIG,)),
        lambda: sandbox_call(bytearray, (BIG,)),
        lambda: sandbox_call(bytes, (range(BIG),)),
        lambda: sandbox_call(bytes, (range(2**70),)),
        lambda: sandbox_call(bytearray, (iter(range(BIG)),)),
        lambda: sandbox_method(bytearray(), "extend", (range(BIG),)),
        lambda: sandbox_method(bytearray(b"x"), "__setitem__", (slice(0, 1), range(BIG))),
        lambda: sandbox_method("a" * 100_000, "translate", ({97: "b" * 100_000},)),
        lambda: sandbox_method("a" * 100_000, "translate", (["b" * 100_000] * 100,)),
        lambda: percent_format("%10000000000d", 1),
        lambda: percent_format("%.2000000000d", 1),
        lambda: percent_format("%*d", (BIG, 1)),
        lambda: percent_format("%.*f", (2_000_000_000, 1.0)),
        lambda: percent_format(b"%10000000000d", 1),
        lambda: percent_format("%(a)s" * 100_000, {"a": "x" * 100_000}),
        lambda: percent_format("%s" * 100_000, ("x" * 100_000,) * 100_000),
        lambda: sandbox_method("%10000000000s", "__mod__", ("x",)),
        lambda: sandbox_method("x", "__rmod__", ("%10000000000s",)),
        lambda: binary_mod("%10000000000s", "x"),
        lambda: format_value(1, "10000000000"),
        lambda: format_value(1.5, ".10000000000f"),
        lambda: format_value("x", ">10000000000"),
        lambda: format_value(1j, "5000000000"),
        lambda: sandbox_method("x", "__format__", ("10000000000",)),
        lambda: str_format("{:10000000000}", (1,), {}),
        lambda: str_format("{:{}}", (1, BIG), {}),
        lambda: str_format("{0}" * 100_000, ("x" * 100_000,), {}),
        lambda: sandbox_method("{0:>{1}}", "format", ("a", BIG)),
    ],
)
def test_caps_raise_memory_error_quickly(fn):
    _fast_memory_error(fn)


def test_user_mapping_translate_is_capped():
    cls = _subclass(dict, "T", {"__missing__": _fn(lambda self, key: "y" * 100_000, ["self", "key"])})
    table = run_nested(call_type(cls, (), None))
    assert sandbox_method("ab", "translate", (table,)) == "y" * 200_000
    _fast_memory_error(lambda: sandbox_method("a" * 100_000, "translate", (table,)), limit=10.0)


_HUGE_WIDTH = "%" + "9" * 20 + "d"


def test_widths_past_maxsize_are_the_hosts_value_error():
    for fn, host in [
        (lambda: percent_format(_HUGE_WIDTH, 1), lambda: _HUGE_WIDTH % 1),
        (lambda: format_value(1, "99999999999999999999"), lambda: format(1, "99999999999999999999")),
    ]:
        assert outcome(fn) == outcome(host) == ("err", ValueError)


def test_small_results_are_not_refused():
    assert sandbox_method("a", "ljust", (10_000,)) == "a".ljust(10_000)
    fmt = "%5000d"
    assert percent_format(fmt, 1) == fmt % 1
    assert sys.getsizeof(str_format("{:100000}", (1,), {})) > 100_000


def test_binary_mod_user_rmod_is_asked_first():
    cls = _subclass(str, "M", {"__rmod__": _fn(lambda self, other: "rmod!", ["self", "other"])})
    obj = run_nested(call_type(cls, ("x",), None))
    assert binary_mod("%s", obj) == "rmod!"
    declines = _subclass(str, "N", {"__rmod__": _fn(lambda self, other: NotImplemented, ["self", "other"])})
    obj = run_nested(call_type(declines, ("x",), None))
    assert binary_mod("<%s>", obj) == "<x>"
    _fast_memory_error(lambda: binary_mod("%10000000000s", obj))


def test_translate_with_str_subclass_values_is_capped():
    cls = _subclass(str, "V")
    value = run_nested(call_type(cls, ("y" * 100_000,), None))
    _fast_memory_error(lambda: sandbox_method("a" * 100_000, "translate", ({97: value},)))


def test_str_subclass_receiver_formats():
    cls = _subclass(str, "W")
    obj = run_nested(call_type(cls, ("ab",), None))
    assert format_value(obj, ">4") == "  ab"
    assert sandbox_method(obj, "__format__", ("<3",)) == "ab "
    assert sandbox_method(obj, "format") == "ab"
    assert binary_mod(run_nested(call_type(cls, ("%d",), None)), 5) == "5"
    _fast_memory_error(lambda: format_value(obj, ">10000000000"))
