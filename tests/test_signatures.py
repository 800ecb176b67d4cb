"""Declared signatures: good calls unpack, bad calls raise the real CPython's message.

The sandbox runs each bad call and the host CPython runs the same source with its own
builtins; type and message must be equal.  No expected message is written by hand.
"""

from __future__ import annotations

import builtins
import sys

import pytest

from interp.host.session import Session
from interp.runtime.signatures import NOT_GIVEN, Signature

#: Bad shapes of call for every builtin that unpacks a declared signature.
BAD_CALLS = [
    "map()",
    "map(len)",
    "map(len, [], x=1)",
    "filter()",
    "filter(len)",
    "filter(len, [], [])",
    "filter(len, [], x=1)",
    "zip([], x=1)",
    "zip([], strict=True, x=1)",
    "enumerate()",
    "enumerate([], 1, 2)",
    "enumerate([], iterable=[])",
    "enumerate([], 0, start=1)",
    "enumerate(x=1)",
    "enumerate(start=1)",
    "reversed()",
    "reversed([], [])",
    "reversed(seq=[])",
    "iter()",
    "iter(1, 2, 3)",
    "iter([], x=1)",
    "iter(object=[])",
    "next()",
    "next(1, 2, 3)",
    "next(iter([]), default=1)",
    "any()",
    "any([], [])",
    "any(iterable=[])",
    "all()",
    "all([], x=1)",
    "sum()",
    "sum([], 0, 1)",
    "sum([], 0, start=1)",
    "sum([], x=1)",
    "sum(iterable=[])",
    "min()",
    "min(x=1)",
    "min(1, 2, x=1)",
    "min([], key=None, x=1)",
    "max()",
    "max(1, 2, default=3)",
    "max([], key=None, foo=1)",
    "sorted()",
    "sorted([], [])",
    "sorted([], x=1)",
    "sorted(iterable=[])",
    "sorted([], None, reverse=True)",
    "getattr()",
    "getattr(1)",
    "getattr(1, 'a', 2, 3)",
    "getattr(1, 'real', default=2)",
    "hasattr(1)",
    "hasattr(1, 'a', 2)",
    "hasattr(1, name='a')",
    "setattr(1, 'a')",
    "setattr(1, 'a', 2, 3)",
    "delattr(1)",
    "delattr(1, 'a', x=1)",
    "vars(1, 2)",
    "vars(object=1)",
    "dir(1, 2)",
    "dir(object=1)",
    "pow()",
    "pow(1)",
    "pow(1, 2, 3, 4)",
    "pow(1, base=2)",
    "pow(1, 2, x=3)",
    "pow(exp=2)",
    "bin()",
    "bin(1, 2)",
    "oct(number=1)",
    "hex(1, x=2)",
    "format()",
    "format(1, '', 2)",
    "format(1, format_spec='')",
    "isinstance(1)",
    "isinstance(1, int, 2)",
    "isinstance(1, class_or_tuple=int)",
    "callable()",
    "callable(1, 2)",
    "callable(obj=1)",
    "issubclass(int)",
    "issubclass(int, int, int)",
    "globals(1)",
    "globals(x=1)",
    "locals(1)",
    "aiter()",
    "aiter(1, 2)",
    "anext()",
    "anext(1, 2, 3)",
    "anext(1, default=2)",
]

_WRAPPED = (
    "try:\n    {call}\n    r = 'no error'\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n"
)


@pytest.mark.parametrize("call", BAD_CALLS)
def test_bad_call_message_matches_cpython(call: str) -> None:
    source = _WRAPPED.format(call=call)
    session = Session()
    outcome = session.run(source, "<test>")
    assert outcome.ok, outcome.traceback
    host: dict = {}
    exec(source, host)  # noqa: S102 - the oracle runs the same fixed test source
    assert host["r"].startswith("TypeError"), "every case is a bad shape of call"
    assert session.globals["r"] == host["r"]


def test_unpack_gives_every_parameter_in_order() -> None:
    sig = Signature("f", "a, /, b=2, *rest, k, j=NOT_GIVEN, **more")
    assert sig.params == ("a", "b", "rest", "k", "j", "more")
    assert sig.unpack((1,), {"k": 3}) == (1, 2, (), 3, NOT_GIVEN, {})
    assert sig.unpack((1, 5, 6, 7), {"k": 3, "j": 4, "z": 9}) == (1, 5, (6, 7), 3, 4, {"z": 9})


def _message(fn: object, *args: object, **kwargs: object) -> str:
    try:
        fn(*args, **kwargs)  # type: ignore[operator]
    except TypeError as error:
        return str(error)
    raise AssertionError("no TypeError")


def test_without_host_the_message_is_that_of_a_python_function() -> None:
    # random.Random.randint is written in Python in CPython: its messages are the
    # binder's own, with the declared qualified name.
    import random

    sig = Signature("Random.randint", "self, a, b")
    rng = random.Random()
    with pytest.raises(TypeError) as caught:
        sig.unpack((rng, 1), None)
    assert str(caught.value) == _message(rng.randint, 1)
    with pytest.raises(TypeError) as caught:
        sig.unpack((rng, 1, 2), {"c": 3})
    assert str(caught.value) == _message(rng.randint, 1, 2, c=3)


def test_with_host_the_message_is_the_hosts() -> None:
    sig = Signature("sorted", "iterable, /, *, key=None, reverse=False", host=builtins.sorted)
    for args, kwargs in [((), {}), (([], []), {}), (([],), {"x": 1}), ((), {"iterable": []})]:
        with pytest.raises(TypeError) as caught:
            sig.unpack(args, kwargs)
        assert str(caught.value) == _message(sorted, *args, **kwargs)


def test_defaults_must_be_constants() -> None:
    with pytest.raises(ValueError):
        Signature("f", "a=print")
    with pytest.raises(ValueError):
        Signature("f", "a=[]")
    assert Signature("f", "a=-1, b='x', c=None").unpack((), None) == (-1, "x", None)


#: The container constructors and their methods that unpack a declared signature.
CONTAINER_BAD_CALLS = [
    "list(1, 2)",
    "list(x=1)",
    "[].__init__(1, 2)",
    "tuple(1, 2)",
    "tuple(x=1)",
    "set(1, 2)",
    "set(x=1)",
    "set().__init__(1, 2)",
    "frozenset(1, 2)",
    "frozenset(x=1)",
    "dict(1, 2)",
    "{}.update(1, 2)",
    "{}.__init__(1, 2)",
    "class F(frozenset): pass\n    F(1, 2)",
    "class T(tuple): pass\n    T(1, 2)",
    "class L(list): pass\n    L(1, 2)",
    "class S(set): pass\n    S(1, 2)",
]


@pytest.mark.parametrize("call", CONTAINER_BAD_CALLS)
def test_container_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


SUPER_BAD_CALLS = [
    "super(int, 1, 2)",
    "super(int, x=1)",
    "super(int).__get__()",
    "super(int).__get__(1, 2, 3)",
]


@pytest.mark.parametrize("call", SUPER_BAD_CALLS)
def test_super_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


MATH_BAD_CALLS = [
    "import math\n    math.factorial()",
    "import math\n    math.factorial(1, 2)",
    "import math\n    math.factorial(n=1)",
    "import math\n    math.comb(1)",
    "import math\n    math.comb(1, 2, 3)",
    "import math\n    math.comb(n=1, k=2)",
    "import math\n    math.perm()",
    "import math\n    math.perm(1, 2, 3)",
    "import math\n    math.prod()",
    "import math\n    math.prod([], 1)",
    "import math\n    math.prod([], x=1)",
    "import math\n    math.fsum()",
    "import math\n    math.fsum([], [])",
    "import math\n    math.fsum(seq=[])",
]


@pytest.mark.parametrize("call", MATH_BAD_CALLS)
def test_math_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


TIME_BAD_CALLS = [
    "import time\n    time.sleep()",
    "import time\n    time.sleep(1, 2)",
    "import time\n    time.sleep(secs=1)",
    "import time\n    time.gmtime(1, 2)",
    "import time\n    time.gmtime(seconds=1)",
    "import time\n    time.localtime(1, 2)",
    "import time\n    time.ctime(1, 2)",
    "import time\n    time.asctime(1, 2)",
    "import time\n    time.mktime()",
    "import time\n    time.mktime(1, 2)",
    "import time\n    time.strftime()",
    "import time\n    time.strftime('', 1, 2)",
    "import time\n    time.strftime(format='')",
    "import time\n    time.time(1)",
    "import time\n    time.monotonic(x=1)",
    "import time\n    time.perf_counter_ns(1)",
    "import time\n    time.tzset(1)",
    "import time\n    time.tzset(x=1)",
]


@pytest.mark.parametrize("call", TIME_BAD_CALLS)
def test_time_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


ITERTOOLS_BAD_CALLS = [
    "count(1, 2, 3)",
    "count(x=1)",
    "cycle()",
    "cycle([], [])",
    "cycle(iterable=[])",
    "repeat()",
    "repeat(1, 2, 3)",
    "repeat(1, x=2)",
    "repeat(times=2)",
    "accumulate()",
    "accumulate([], None, None)",
    "accumulate([], x=1)",
    "compress([])",
    "compress([], [], [])",
    "compress(data=[])",
    "dropwhile(None)",
    "takewhile(None, [], [])",
    "filterfalse(None, [], x=1)",
    "groupby()",
    "groupby([], None, None)",
    "groupby([], x=None)",
    "pairwise()",
    "pairwise([], [])",
    "starmap(None)",
    "starmap(None, [], x=1)",
    "tee()",
    "tee([], 1, 2)",
    "tee([], n=2)",
    "combinations([])",
    "combinations([], 1, 2)",
    "combinations(iterable=[], x=1)",
    "permutations()",
    "permutations([], 1, 2)",
    "combinations_with_replacement([])",
    "islice()",
    "islice([])",
    "islice([], 1, 2, 3, 4)",
    "islice([], stop=1)",
    "islice([], 1, x=1)",
    "zip_longest([], x=1)",
    "zip_longest([], fillvalue=1, x=2)",
    "product([], x=1)",
    "product([], repeat=1, x=2)",
]

if sys.version_info >= (3, 12):
    ITERTOOLS_BAD_CALLS += ["batched()", "batched([])", "batched([], 1, 2)", "batched([], n=1, x=2)"]


@pytest.mark.parametrize("call", ITERTOOLS_BAD_CALLS)
def test_itertools_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython("from itertools import *\n    " + call)


DEQUE_BAD_CALLS = [
    "deque([], 1, 2)",
    "deque(x=1)",
    "deque([], iterable=[])",
    "deque([], 1, maxlen=2)",
]


@pytest.mark.parametrize("call", DEQUE_BAD_CALLS)
def test_deque_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython("from collections import deque\n    " + call)


STRINGS_BAD_CALLS = [
    "''.encode('utf-8', 'strict', 1)",
    "''.encode(x=1)",
    "''.encode('utf-8', encoding='utf-8')",
    "b''.decode('utf-8', 'strict', 1)",
    "b''.decode(x=1)",
    "bytearray().decode(errors='strict', x=1)",
    "'a'.expandtabs(1, 2)",
    "'a'.expandtabs(size=1)",
    "b'a'.expandtabs(1, tabsize=2)",
    "'a'.replace('a')",
    "'a'.replace('a', 'b', 1, 2)",
    "'a'.replace('a', 'b', x=1)",
    "'a'.replace(old='a', new='b')",
    "b'a'.replace(b'a')",
    "b'a'.replace(b'a', b'b', x=1)",
    "bytearray(b'a').replace(b'a', b'b', 1, 2)",
    "'a'.center()",
    "'a'.center(3, ' ', 1)",
    "'a'.center(width=3)",
    "'a'.ljust(3, fillchar=' ')",
    "'a'.rjust()",
    "'a'.zfill()",
    "'a'.zfill(3, 4)",
    "'a'.zfill(width=3)",
    "b'a'.center()",
    "b'a'.ljust(3, b' ', 1)",
    "bytearray(b'a').rjust(width=3)",
    "b'a'.zfill(3, 4)",
    "str(1, 2, 3, 4)",
    "str(x=1)",
    "str(b'', 'utf-8', object=b'')",
    "bytes(1, 2, 3, 4)",
    "bytes(x=1)",
    "bytes('', 'utf-8', source='')",
    "bytearray(1, 2, 3, 4)",
    "bytearray(x=1)",
    "bytearray().__init__(1, 2, 3, 4)",
    "class S(str): pass\n    S(1, 2, 3, 4)",
    "class B(bytes): pass\n    B(x=1)",
    "class A(bytearray): pass\n    A(1, 2, 3, 4)",
]


@pytest.mark.parametrize("call", STRINGS_BAD_CALLS)
def test_strings_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


RANDOM_FUNCTOOLS_BAD_CALLS = [
    "import random\n    random.getrandbits()",
    "import random\n    random.getrandbits(1, 2)",
    "import random\n    random.getrandbits(k=1)",
    "import random\n    random.Random().getrandbits(1, x=2)",
    "import random\n    random.SystemRandom().getrandbits()",
    "import random\n    random.SystemRandom().getrandbits(1, 2)",
    "import random\n    random.SystemRandom().getrandbits(x=1)",
    "import functools\n    functools.reduce()",
    "import functools\n    functools.reduce(max)",
    "import functools\n    functools.reduce(max, [], 1, 2)",
    "import functools\n    functools.reduce(max, [], x=1)",
    "import functools\n    functools.reduce(function=max, iterable=[])",
    "import functools\n    functools.reduce(max, [], 1, initial=1)",
]


@pytest.mark.parametrize("call", RANDOM_FUNCTOOLS_BAD_CALLS)
def test_random_functools_bad_call_message_matches_cpython(call: str) -> None:
    test_bad_call_message_matches_cpython(call)


# The typing constructors, reached through PEP 695 syntax (the host parses it from 3.12 on).
_TYPING_PRELUDE = (
    "def f[T, *Ts, **P](): pass\n"
    "TypeVar, TypeVarTuple, ParamSpec = [type(x) for x in f.__type_params__]\n"
    "type X = int\n"
    "TypeAliasType = type(X)\n"
)
TYPING_BAD_CALLS = [
    "TypeVar()",
    "TypeVar('T', x=1)",
    "TypeVar('T', int, str, bound=int, y=2)",
    "ParamSpec()",
    "ParamSpec('P', 1)",
    "ParamSpec('P', x=1)",
    "TypeVarTuple()",
    "TypeVarTuple('Ts', 1)",
    "TypeVarTuple('Ts', x=1)",
    "TypeAliasType('A')",
    "TypeAliasType('A', int, 1)",
    "TypeAliasType('A', int, x=1)",
]


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the host has no PEP 695 syntax to compare with")
@pytest.mark.parametrize("call", TYPING_BAD_CALLS)
def test_typing_bad_call_message_matches_cpython(call: str) -> None:
    source = _TYPING_PRELUDE + _WRAPPED.format(call=call)
    session = Session()
    outcome = session.run(source, "<test>")
    assert outcome.ok, outcome.traceback
    host: dict = {}
    exec(source, host)  # noqa: S102 - the oracle runs the same fixed test source
    assert host["r"].startswith("TypeError"), "every case is a bad shape of call"
    assert session.globals["r"] == host["r"]


@pytest.mark.parametrize("call", TYPING_BAD_CALLS)
def test_typing_bad_call_names_the_type(call: str) -> None:
    # On every host the message names the sandbox type, never the runtime's helper.
    session = Session()
    outcome = session.run(_TYPING_PRELUDE + _WRAPPED.format(call=call), "<test>")
    assert outcome.ok, outcome.traceback
    message = session.globals["r"]
    assert message.startswith("TypeError: " + call.partition("(")[0])
