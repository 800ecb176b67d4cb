"""The second tier (interp/compiler/hostcode.py): function bodies compiled to host code.

Programs of the conformance and traceback corpora call most of their functions fewer
times than the tier's threshold, so the corpora run here again with every body compiled
to host code on its first call (``INTERP_HOSTCODE_THRESHOLD=1``), and with any defect of
the tier raised rather than hidden (``INTERP_HOSTCODE_STRICT=1``).  CPython is the
oracle, as in tests/test_conformance.py and tests/test_tracebacks.py; the escape suite's
attacks run in process with the threshold at 1.  The unit tests below check what the
corpora cannot see: that a body does reach the tier, that a plain body hands its rest to
the first tier when a name stops being a builtin, and that no name of the program's ever
becomes a name of the host code.
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import io
import re
import sys
from pathlib import Path

import pytest
import test_conformance
import test_escape_suite
import test_tracebacks
from oracle_env import LOAD_PROOF_FLAGS, oracle_env

import interp
from interp.compiler import hostcode
from interp.runtime.functions import BoundMethod, Function
from interp.runtime.generators import Generator

#: Conformance topics whose programs are mostly functions, classes and control flow.
TOPICS = (
    "asyncio",
    "classes",
    "dunders",
    "exceptions",
    "functions",
    "generators",
    "match",
    "programs",
    "scoping",
    "syntax_expr",
    "builtins",
)
PROGRAMS = [p for p in test_conformance.PROGRAMS if test_conformance._topic(p) in TOPICS]
TIER_ENV = {"INTERP_HOSTCODE_THRESHOLD": "1", "INTERP_HOSTCODE_STRICT": "1"}


def _env() -> dict[str, str]:
    env = oracle_env()
    env.update(TIER_ENV)
    return env


@pytest.mark.parametrize(
    "path", PROGRAMS, ids=[str(p.relative_to(test_conformance.CORPUS)) for p in PROGRAMS]
)
def test_corpus_on_the_second_tier(path: Path) -> None:
    test_id = str(path.relative_to(test_conformance.CORPUS))
    expected = test_conformance._oracle(path)
    actual = test_conformance._run(
        [sys.executable, "-m", "interp", *LOAD_PROOF_FLAGS, str(path)],
        _env(),
        test_conformance.INTERP_TIMEOUT,
    )
    known = test_conformance.KNOWN_FAILURES.get(test_id)
    matches = (
        actual.stdout == expected.stdout
        and actual.exc_type == expected.exc_type
        and (expected.returncode not in (0, 1) or actual.returncode == expected.returncode)
    )
    if known is not None and not matches:
        pytest.xfail(known)
    assert matches, f"differs from CPython on the second tier\n--- interp stderr ---\n{actual.stderr[-3000:]}"


@pytest.mark.parametrize(
    "path",
    test_tracebacks.PROGRAMS,
    ids=[str(p.relative_to(test_tracebacks.CORPUS)) for p in test_tracebacks.PROGRAMS],
)
def test_tracebacks_on_the_second_tier(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    test_id = str(path.relative_to(test_tracebacks.CORPUS))
    relative = str(path.relative_to(test_tracebacks.ROOT))
    for name, value in TIER_ENV.items():
        monkeypatch.setenv(name, value)
    code, expected = test_tracebacks._stderr([sys.executable, relative])
    actual_code, actual = test_tracebacks._stderr(
        [sys.executable, "-m", "interp", *LOAD_PROOF_FLAGS, relative]
    )
    matches = actual == expected and actual_code == code
    if test_id in test_tracebacks.KNOWN_DIFFERENCES and not matches:
        pytest.xfail(test_tracebacks.KNOWN_DIFFERENCES[test_id])
    if not matches:
        diff = "".join(
            difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "CPython", "interp")
        )
        pytest.fail(f"stderr differs on the second tier:\n{diff[-4000:]}")


@pytest.fixture
def first_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every body goes to the second tier on its first call; its defects raise."""
    monkeypatch.setattr(hostcode, "THRESHOLD", 1)
    monkeypatch.setattr(hostcode, "STRICT", True)


ATTACKS = [a for a in test_escape_suite.ATTACKS if a not in test_escape_suite.PENDING]


@pytest.mark.parametrize("name", ATTACKS)
def test_attacks_on_the_second_tier(name: str, first_call: None) -> None:
    problems = test_escape_suite.check_attack(test_escape_suite.ESCAPES / name)
    assert not problems, "\n".join(problems)


def _run(source: str) -> interp.Result:
    return interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000)).run(source)


def test_a_hot_body_reaches_the_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list = []
    real = hostcode.compile_body

    def record(compiler, scope, body):
        found = real(compiler, scope, body)
        compiled.append((scope.qualname, found is not None))
        return found

    monkeypatch.setattr(hostcode, "compile_body", record)
    before = len(hostcode.FAILURES)
    source = (
        "import sys\n"
        "def hot(n):\n"
        "    total = 0\n"
        "    for i in range(n):\n"
        "        total += i\n"
        "    return sys._getframe().f_code.co_name, total\n"
        "out = [hot(k) for k in range(60)]\n"
    )
    sandbox = interp.Sandbox()
    result = sandbox.run(source)
    assert result.ok, result.error
    assert sandbox.globals["out"][-1] == ("hot", sum(range(59)))
    assert compiled == [("hot", True)]
    assert len(hostcode.FAILURES) == before


def test_a_big_body_waits_for_more_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body of more than NODES_PER_THRESHOLD nodes is compiled after proportionally
    more work (its compile costs in proportion to its size); a small one at THRESHOLD."""
    compiled: list = []
    real = hostcode.compile_body

    def record(compiler, scope, body):
        compiled.append(scope.qualname)
        return real(compiler, scope, body)

    monkeypatch.setattr(hostcode, "compile_body", record)
    monkeypatch.setattr(hostcode, "THRESHOLD", 10)
    # ``big`` is one straight run of 60 statements (each of several nodes), ``small``
    # one statement; each call is one step of work and a few more for its callees.
    lines = "".join(f"    x = x + {i} * 2 - 1\n" for i in range(60))
    source = (
        f"def big(x):\n{lines}    return x\n"
        "def small(x):\n    return x + 1\n"
        "def calls(n):\n"
        "    for _ in range(n):\n"
        "        big(0)\n"
        "        small(0)\n"
    )
    sandbox = interp.Sandbox()
    assert sandbox.run(source + "calls(15)").ok
    assert compiled == ["small"]  # work 15: enough for small, not for big
    assert sandbox.run("calls(200)").ok
    assert "big" in compiled


#: The attributes the host code reads: of the interpreter's own objects (the meter, a
#: Code, a Function, a Builtin, a site, a generator, a handoff, a dict's ``get``).
OUR_FIELDS = {
    "get", "fn", "suspends", "countdown", "tick", "current", "resume", "depth", "max_depth",
    "body_is_generator", "body", "code", "direct", "argcount", "padding", "defaults",
    "cls", "epoch", "kind", "read", "plan", "function", "dict_first", "builtin",
    "store", "value", "join", "init", "set", "host_epoch", "super_function", "run", "tails",
    "__func__", "__self__",
}  # fmt: skip


def test_the_code_holds_host_names_only(first_call: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names of the program (variables, attributes, functions) are values handed to the
    factory, never identifiers of the host code."""
    source = (
        "class Frame:\n"
        "    def __init__(self):\n"
        "        self.__globals__ = 2\n"
        "    def f_back(self, n, *, frame=0):\n"
        "        return self.__globals__ + n + frame\n"
        "def code(*fn, **missing):\n"
        "    return len(fn) + len(missing)\n"
        "def tail(tails, n=1):\n"
        "    return tails + n\n"
        "def frame_tail(tail):\n"
        "    return tail(tail(1), 2), [tail(k, 3) for k in range(2)]\n"
        "def __import__(os, sys, k0, t1):\n"
        "    eval = os + sys\n"
        "    value = 0\n"
        "    fn = lambda: value + eval\n"
        "    while k0 < t1:\n"
        "        k0 += 1\n"
        "        value += fn()\n"
        "        if k0 == 3:\n"
        "            continue\n"
        "    frame = Frame()\n"
        "    frame.__globals__ += 1\n"
        "    d = {'k0': k0, 'frame': [frame.__globals__]}\n"
        "    return (eval + frame.f_back(frame.__globals__, frame=1), len(str(k0)), f'{k0!r:>3}',\n"
        "            code(*d, **d), fn(), d)\n"
        "print(__import__(1, 2, 0, 5), frame_tail(tail))\n"
    )
    compiled: list = []
    real = hostcode._factory_tree

    def record(*args, **kwargs):
        module = real(*args, **kwargs)
        compiled.append(module)
        return module

    monkeypatch.setattr(hostcode, "_factory_tree", record)
    result = _run(source)
    assert result.ok, result.error
    expected = io.StringIO()
    with contextlib.redirect_stdout(expected):
        exec(source, {})
    assert result.stdout == expected.getvalue()
    assert compiled
    # The locals of the code (RUN_STEPS's among them) and the names of its namespace.
    ours = re.compile(
        r"^(k|t|rest|hand)\d+$|^(f|m|ln|error|body|factory|fn|code|frame|tail|missing|rest|init|new|returned)$"
    )
    host = set(hostcode._HOST_NAMES) | {"note_line", "BUILTIN", "GENERATOR", "FUNCTION", "BOUND_METHOD"}
    host |= {"meter", "add_frame", "RETURN"}
    for module in compiled:
        for node in ast.walk(module):
            if isinstance(node, ast.Name):
                assert ours.match(node.id) or node.id in host, node.id
            elif isinstance(node, ast.Attribute):
                assert node.attr in OUR_FIELDS, node.attr
            elif isinstance(node, (ast.FunctionDef, ast.arg)):
                name = node.name if isinstance(node, ast.FunctionDef) else node.arg
                assert ours.match(name), name


def test_a_build_leaves_no_cycle_behind(first_call: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder and its tree are freed by their last reference going, not by the
    host's collector: a cycle through a builder (a closure calling itself held it) kept
    its whole tree alive until a collection, the larger part of a small program's peak."""
    import gc
    import weakref

    builders: list = []
    real = hostcode._Builder.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        builders.append(weakref.ref(self))

    monkeypatch.setattr(hostcode._Builder, "__init__", init)
    source = (
        "def judge(a, b, c):\n"
        "    if a < b <= c != a and (a or b) and not (b and c or a):\n"
        "        return 1\n"
        "    try:\n"
        "        return a // (b - c) if 0 < a < 10 < b else -1\n"
        "    except ZeroDivisionError as error:\n"
        "        return 0 < a and str(error) or 2\n"
        "    except (KeyError, ValueError):\n"
        "        raise\n"
        "def walk(n):\n"
        "    total = 0\n"
        "    for i in range(n):\n"
        "        total += judge(i, i % 3 or 4, 0 <= i < 5 and 7)\n"
        "        if i > 100:\n"
        "            total += len([x for x in range(i) if x < 2 or x > 3])\n"
        "    return total\n"
        "print(walk(30), [judge(x, 2, 2) for x in range(12)])\n"
    )
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = _run(source)
        assert result.ok, result.error
        assert len(builders) >= 3
        alive = [ref() for ref in builders if ref() is not None]
        assert alive == []
    finally:
        if enabled:
            gc.enable()
    expected = io.StringIO()
    with contextlib.redirect_stdout(expected):
        exec(source, {})
    assert result.stdout == expected.getvalue()


def test_a_plain_body_hands_its_rest_to_the_first_tier(
    first_call: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``abs`` then ``len`` rebound to sandbox functions after the body reached the tier:
    the statement that calls one runs in the first tier's generator, from its start.
    That rest is compiled when its check first fails, once: a body whose builtins stay
    builtins compiles none."""
    source = (
        "def size(s):\n"
        "    n = len(s)\n"
        "    m = abs(n - 10)\n"
        "    return n * 2 + m\n"
        "print(size('abc'), size('abcdef'))\n"
        "def abs(x):\n"
        "    return -x\n"
        "print(size('abc'), size('abcdef'))\n"
        "def len(s):\n"
        "    return 100\n"
        "print(size('abc'), size('ab'))\n"
    )
    compiled: list[int] = []
    real = hostcode._Rest.__call__

    def record(self: hostcode._Rest, f: list):
        if self.run is None:
            compiled.append(len(self.stmts))
        return real(self, f)

    monkeypatch.setattr(hostcode._Rest, "__call__", record)
    result = _run(source)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(source)
    # From ``m = abs(...)`` (two statements), then from ``n = len(s)`` (three).
    assert compiled == [2, 3]


def test_unbound_and_missing_names(first_call: None) -> None:
    source = (
        "def f(flag):\n"
        "    if flag:\n"
        "        x = 1\n"
        "    return x\n"
        "def g():\n"
        "    return undefined_name\n"
        "for fn, arg in ((f, False), (g, None)):\n"
        "    try:\n"
        "        fn(arg) if arg is not None else fn()\n"
        "    except NameError as e:\n"
        "        print(type(e).__name__, e)\n"
    )
    result = _run(source)
    assert result.ok, result.error
    expected = (
        "UnboundLocalError cannot access local variable 'x' where it is not associated with a value\n"
        "NameError name 'undefined_name' is not defined\n"
    )
    assert result.stdout == expected


def test_walrus_reads_the_old_parameter(first_call: None) -> None:
    result = _run("def f(x):\n    x += (x := 5)\n    return x\nprint(f(1))\n")
    assert result.ok, result.error
    assert result.stdout == "6\n"


def test_loops_give_time_slices_and_stop(first_call: None) -> None:
    """A loop compiled to host code still counts steps: the step limit ends it."""
    sandbox = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=200_000))
    result = sandbox.run("def spin():\n    i = 0\n    while True:\n        i += 1\nspin()\n")
    assert not result.ok
    assert result.error is not None and result.error.limit == "max_steps"


#: Loops long enough to see two time slices, so that the first tier hands them over to
#: the second in their first run (hostcode.LoopTier): at module level, in a function
#: called once, in a generator; with break, continue, return, unpacking and nesting.
LONG_LOOPS = r"""
total = 0
i = 0
while i < 30000:
    if i % 7 == 3:
        total += i
    elif i % 11 == 0:
        i += 2
        continue
    i += 1
print(total, i)
marks = []
for k in range(20000):
    if k % 1000 == 0:
        marks.append(k)
    if k == 15000:
        break
print(marks, k)
def evens(n):
    j = 0
    while j < n:
        yield j * 2
        j += 1
s = 0
for v in evens(20000):
    s += v
print(s)
def products():
    out = 0
    for a, b in zip(range(10000), range(10000, 20000)):
        out += a * b
        if a == 9000:
            return out, "early"
    return out, "late"
print(products())
counts = {}
for word in "the quick brown fox jumps over the lazy dog".split() * 800:
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
grid = 0
for row in range(150):
    for col in range(150):
        grid += (row ^ col) & 3
print(grid)
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by):
        self.n += by
        return self.n
c = Counter()
for step in range(12000):
    c.bump(step % 3)
print(c.n)
"""


def _cpython_stdout(source: str) -> str:
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-c", source],
        capture_output=True,
        text=True,
        env=oracle_env(),
        timeout=120,
        check=True,
    )
    return proc.stdout


def test_long_loops_go_to_the_second_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hostcode, "STRICT", True)
    before = hostcode.COMPILED[0]
    result = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=50_000_000)).run(LONG_LOOPS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(LONG_LOOPS)
    # The module's loops, the generator's and the function's: compiled in their run.
    assert hostcode.COMPILED[0] - before >= 6


#: Calls that leave parameters to their defaults, before and after the defaults change,
#: too few and too many arguments, and a look for the runtime's field on the function.
DEFAULT_CALLS = """
class Lexer:
    def __init__(self, text):
        self.text, self.pos = text, 0
    def peek(self, offset=0):
        i = self.pos + offset
        return self.text[i] if i < len(self.text) else ""
def f(a, b=2, c=3):
    return a + b * c
def run(n):
    lexer, out = Lexer("hello world" * 20), []
    for i in range(n):
        lexer.pos = i % 230
        out.append(lexer.peek() + lexer.peek(1))
        out.append(f(i) + f(i, 1) + f(i, 1, 1))
    return out
first = run(300)
f.__defaults__ = (10, 20)
second = run(300)
f.__defaults__ = None
for args in [(1,), (), (1, 2, 3, 4)]:
    try:
        print(f(*args))
    except TypeError as error:
        print(error)
print(first[-4:], second[-4:], len(first) + len(second))
for name in ["tails", "defaults", "__defaults__"]:
    try:
        print(name, getattr(f, name))
    except AttributeError as error:
        print(error)
"""


def _record_binds(monkeypatch: pytest.MonkeyPatch) -> list:
    """The list that the qualified name of every function the second tier's code
    hands to ``calls.bind`` is appended to."""
    binds: list = []
    real = hostcode.bind

    def counting(fn, args, kwargs, plain_only=False):
        binds.append(fn.__qualname__)
        return real(fn, args, kwargs, plain_only)

    monkeypatch.setattr(hostcode, "bind", counting)
    return binds


def test_a_call_leaving_defaults_builds_its_frame_in_place(
    first_call: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call of a plain function that gives all but some of its defaulted parameters
    builds its frame at the call site, as an exact call does (functions.frame_tails):
    the binder sees the first call of each function and of each new ``__defaults__``."""
    binds = _record_binds(monkeypatch)
    result = _run(DEFAULT_CALLS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(DEFAULT_CALLS)
    # Lexer.peek and f on their first calls, f again after each change of defaults,
    # and the bad calls (bound by the binder, which raises CPython's errors).
    assert len(binds) < 20, binds


#: A wrapper passing its ``*args`` on, with and without the defaults of its function.
STAR_CALLS = """
def passing(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@passing
def add(a, b=1):
    return a + b
t = 0
for i in range(300):
    t += add(i, 2) + add(i)
try:
    add()
except TypeError as error:
    print(error)
print(t)
"""


def test_a_star_call_builds_its_frame_in_place(first_call: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """``func(*args)`` of a plain function builds the frame from the function's frame
    tail for that many arguments, as a plain call does: the binder sees the first call
    of each count, and the bad call (whose error it raises)."""
    binds = _record_binds(monkeypatch)
    result = _run(STAR_CALLS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(STAR_CALLS)
    assert binds.count("add") < 6, binds.count("add")


#: Methods called through a local name: a dispatch table of bound methods, a callback,
#: a generator method, a builtin's bound method, and an error raised in a method.
BOUND_CALLS = """
import traceback
class Game:
    def __init__(self):
        self.moves = 0
        self.commands = {"go": self.go, "look": self.look, "gen": self.numbers, "fail": self.fail}
    def go(self, where, far=1):
        self.moves += far
        return where
    def look(self, what):
        return len(what)
    def numbers(self, n):
        yield from range(n)
    def fail(self, why):
        raise ValueError(why)
    def handle(self, verb, arg):
        handler = self.commands[verb]
        return handler(arg)
g = Game()
out = []
for i in range(300):
    out.append(g.handle("go", "north"))
    out.append(g.handle("look", "room" * (i % 3)))
    out.append(sum(g.handle("gen", i % 5)))
print(g.moves, out[-6:], len(out))
def call(f, x):
    return f(x)
items = []
for i in range(50):
    call(items.append, i)
print(len(items), call(g.look, "abc"))
try:
    g.handle("fail", "no way")
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line.split(", in ")[-1] for line in lines if line.lstrip().startswith("File")], lines[-1])
"""


def test_a_bound_method_called_by_a_local_name_runs_in_place(
    first_call: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``handler(arg)``, where ``handler`` holds a sandbox function bound to an object
    (a dispatch table of methods, a callback), runs the function in place with the
    object first, as a call of a plain function does, not through ``calls.call``; any
    other callable there still goes that way."""
    called: list = []
    real = hostcode.call

    def counting(f, args, kwargs):
        called.append(
            "bound function" if type(f) is BoundMethod and type(f.__func__) is Function else "other"
        )
        return real(f, args, kwargs)

    monkeypatch.setattr(hostcode, "call", counting)
    result = _run(BOUND_CALLS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(BOUND_CALLS)
    assert "bound function" not in called
    assert len(called) >= 40  # items.append: the general way


#: A loop of few long passes (its time is its callee's), one run in short runs by a
#: generator made many times (its body stays in the first tier, its loops do not), and
#: the callee's loop, long from its first run.
LOOP_RUNS = """
def work(n):
    t = 0
    for i in range(n):
        t += i % 7
    return t
def short(k):
    for j in range(10):
        yield j * k
acc = 0
for k in range(4):
    acc += work(5000)
print(acc, sum(sum(short(k)) for k in range(300)))
"""


def test_a_loop_is_compiled_where_it_runs_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second tier takes a loop that runs long in its run, or whose short runs
    add up, when its next run starts: the module's loop of four passes, whose steps
    are its callee's, is never compiled (a first version compiled it after its only
    run, for nothing)."""
    compiled: list = []
    real = hostcode.LoopTier.compile

    def record(self: hostcode.LoopTier) -> None:
        compiled.append((self.scope.qualname, self.node.lineno))
        real(self)

    monkeypatch.setattr(hostcode.LoopTier, "compile", record)
    monkeypatch.setattr(hostcode, "STRICT", True)
    monkeypatch.setattr(hostcode, "THRESHOLD", 1000)
    monkeypatch.setattr(hostcode, "SPINS", 1000)
    monkeypatch.setattr(hostcode, "HOT_PASSES", 100)
    result = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=50_000_000)).run(LOOP_RUNS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(LOOP_RUNS)
    assert sorted(compiled) == [("short", 8), ("work", 4)]


def _record_generators(monkeypatch: pytest.MonkeyPatch) -> list:
    """The list that every sandbox generator made from now on is appended to."""
    made: list = []
    original = Generator.__init__

    def recording(self: Generator, fn: object, frame: list) -> None:
        original(self, fn, frame)
        made.append(self)

    monkeypatch.setattr(Generator, "__init__", recording)
    return made


@pytest.mark.parametrize(
    "body",
    ["    for i in range(n):\n        yield i\n", "    while n:\n        yield n\n        n -= 1\n"],
)
def test_a_loop_handed_over_leaves_the_generator_chain(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-lived generator whose body is one loop, handed over to the second tier in
    the middle of a run, resumes the compiled loop alone from then on: the generator
    takes it as its body (``Rebody``).  The first tier's loop and the block around it
    were two host generators more for the generator's whole life, and the loop's
    tiered closure a third.  A generator of the same function made after the compile
    starts in the compiled loop."""
    made = _record_generators(monkeypatch)
    monkeypatch.setattr(hostcode, "STRICT", True)
    passes = 3 * hostcode.SPINS
    source = (
        f"def gen(n):\n{body}g = gen(10 ** 6)\nfor _ in range({passes}):\n    last = next(g)\n"
        "print(last)\nh = gen(5)\nprint(next(h), list(h))\n"
    )
    sandbox = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000))
    result = sandbox.run(source)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(source)
    for generator in made:
        chain = []
        level = generator.body
        while level is not None:
            chain.append(level.gi_code.co_filename)
            level = level.gi_yieldfrom
        assert chain == ["<host code gen>"], chain


GENERATOR_HANDED_OVER = """
def gen(n):
    i = 0
    while i < n:
        try:
            got = yield i
            if got is not None:
                i += got
        except ValueError as error:
            print("caught", error, "at", i)
            i += 100
        finally:
            if i % 1000 == 999:
                print("finally at", i)
        i += 1

g = gen(10 ** 6)
total = 0
for _ in range({passes}):
    total += next(g)
print(total, g.send(5), g.throw(ValueError("boom")), next(g))
g.close()
print(list(gen(3)), sum(gen(2000)))
try:
    next(g)
except StopIteration:
    print("closed")
"""


def test_a_generator_handed_over_mid_run_keeps_its_protocol(monkeypatch: pytest.MonkeyPatch) -> None:
    """``send``, ``throw`` and ``close`` reach a generator's body once its loop went to
    the second tier in the middle of a run, and the generator then resumes the compiled
    loop itself: the output is CPython's."""
    monkeypatch.setattr(hostcode, "STRICT", True)
    source = GENERATOR_HANDED_OVER.replace("{passes}", str(3 * hostcode.SPINS))
    sandbox = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000))
    result = sandbox.run(source)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(source)


def test_an_error_in_a_loop_on_the_second_tier(tmp_path: Path) -> None:
    """The traceback of an exception raised after the loop went to the second tier:
    CPython's, carets and all."""
    program = tmp_path / "loop_error.py"
    program.write_text(
        "def parse(items):\n"
        "    total = 0\n"
        "    for n, item in enumerate(items):\n"
        "        total += int(item) * n\n"
        "    return total\n"
        "\n"
        "data = ['1'] * 30000 + ['x']\n"
        "print(parse(data))\n"
    )
    expected = test_tracebacks._stderr([sys.executable, str(program)])
    actual = test_tracebacks._stderr([sys.executable, "-m", "interp", *LOAD_PROOF_FLAGS, str(program)])
    assert actual == expected


def test_a_method_site_runs_in_place_only_names_called_on_sandbox_classes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A site whose name the sandbox never called on a class of its own is compiled
    without the in-place run of a sandbox function (decision ``m``); an instance whose
    class defines that method, reaching the site later, takes the general path and
    gets CPython's result.  A name called on a sandbox class before keeps it (``M``)."""
    decisions: list = []
    real = hostcode._factory

    def record(scope, key, builder, tree):
        decisions.append((scope.qualname, "".join(d for d in builder.decisions if d in "mM")))
        return real(scope, key, builder, tree)

    monkeypatch.setattr(hostcode, "_factory", record)
    monkeypatch.setattr(hostcode, "THRESHOLD", 50)
    source = (
        "class Shout:\n"
        "    def __init__(self, word):\n"
        "        self.word = word\n"
        "    def upper(self):\n"
        "        return self.word + '!'\n"
        "    def strip(self):\n"
        "        return self.word.strip()\n"
        "print(Shout(' s ').strip())\n"
        "def shout_all(items):\n"
        "    out = []\n"
        "    for x in items:\n"
        "        out.append(x.upper())\n"
        "        out.append(x.strip())\n"
        "    return out\n"
        "print(len(shout_all([' a', 'b '] * 300)))\n"
        "print(shout_all([' c', Shout('d '), 'e']))\n"
        "print(shout_all([Shout(' x')] * 2))\n"
    )
    result = interp.Sandbox().run(source)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(source)
    # append (list) and upper (only str so far) without the in-place run; strip, called
    # on a Shout before the loop went hot, with it.
    assert ("shout_all", "mmmM") in decisions, decisions


def test_a_run_goes_on_in_the_loop_another_run_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A generator whose loop is still in the first tier goes to the second within 64
    passes once another generator of the same function got the loop compiled, not after
    a thousand passes of its own (ten coroutines of one worker, started together)."""
    made = _record_generators(monkeypatch)
    monkeypatch.setattr(hostcode, "STRICT", True)
    source = (
        "def gen(n):\n    total = 0\n    for i in range(n):\n        total += i\n        yield total\n"
        "early, late = gen(10 ** 6), gen(10 ** 6)\n"
        "print(next(late))\n"
        f"for _ in range({hostcode.SPINS + 10}):\n    last = next(early)\n"
        "for _ in range(100):\n    other = next(late)\n"
        "print(last, other)\n"
    )
    sandbox = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000))
    result = sandbox.run(source)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(source)
    bodies = [generator.body.gi_code.co_filename for generator in made]
    assert bodies == ["<host code gen>", "<host code gen>"], bodies


ZIPS_AND_ENUMERATES = """
a = [1, 2, 3]
b = iter([4, 5, 6, 7])
print(list(zip(a, b)), next(b))
z = zip([1], [2])
print(next(z), next(z, "done"), next(z, "again"))
e = enumerate([5, 6])
print(next(e), list(e), list(e))
m = map(len, ["ab", ()])
print(next(m), list(m), next(m, "end"), list(map(pow, [2, 3], [3, 2, 9])))
try:
    list(map(len, [1]))
except TypeError as error:
    print(error)
d = {1: 2}
try:
    for k, v in zip(d, d):
        d[k + 1] = v
except RuntimeError as error:
    print(error)


def work(rows):
    total = 0
    for _ in range(300):
        for i, (x, y) in enumerate(zip(rows[0], rows[1]), 1):
            total += i * x * y
        total += sum(x * y for x, y in zip(range(5), "abcde"[:3] and range(5)))
        total += len([p for p in enumerate(zip(rows[1], rows[0]))])
        total += sum(map(len, ("a", "bc", "def")))
    return total


print(work([[1, 2, 3], (4, 5, 6, 7)]))
"""

GENERATORS_UNDER_ZIP = """
def g():
    yield 1
    yield 2


print(list(zip(g(), "xyz")), list(zip("ab", g())), [p for p in enumerate(g())], list(map(abs, g())))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as error:
    print(error)
for i, (x, y) in enumerate(zip(range(3), g()), 10):
    print(i, x, y)
"""


def test_zip_enumerate_and_map_of_host_iterators_take_no_generator_per_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``zip``, ``enumerate`` and a ``map`` of a builtin over lists, ranges and strings
    give each item by a plain step (``iteration.PLAIN_STEPS``) in the compiled loops,
    the first tier's loops, the comprehensions, ``next`` and ``sum``: their generator
    step (three host generators an item for a zip) runs for none of them here, and does
    over sandbox generators.  The output is CPython's either way."""
    from interp.runtime import builtins as runtime_builtins
    from interp.runtime.iteration import RUNTIME_ITERATORS

    stepped: list = []
    for cls in (
        runtime_builtins.ZipIterator,
        runtime_builtins.EnumerateIterator,
        runtime_builtins.MapIterator,
    ):
        step = RUNTIME_ITERATORS[cls]

        def counting(it: object, step: object = step, name: str = cls.__name__) -> object:
            stepped.append(name)
            return step(it)  # type: ignore[operator]

        monkeypatch.setitem(RUNTIME_ITERATORS, cls, counting)
    for source, generator_steps in ((ZIPS_AND_ENUMERATES, False), (GENERATORS_UNDER_ZIP, True)):
        stepped.clear()
        result = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000)).run(source)
        assert result.ok, result.error
        assert result.stdout == _cpython_stdout(source)
        assert bool(stepped) is generator_steps, stepped


COMPREHENSIONS = """
class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return bool(self.v)


def g(n):
    for i in range(n):
        yield i


print([x * 2 for x in range(10) if x % 3 if x != 4], {k: k * 2 for k in "abc"}, {x % 3 for x in range(9)})
print([(a, b) for a in range(4) for b in range(a) if b], [y for x in g(4) for y in g(x)])
print(sum(x for x in range(50) if x % 3), [Loud(i).v for i in [1, 0, 2] if Loud(i)])
it = (x for x in [1, 2, 3])
print(next(it), list(it), list(it))
print({k: v for k, v in zip(g(3), "abc")}, [x + y for x in g(3) for y in g(3) if x != y])
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as error:
    print("error", error)
try:
    print({[]: 1 for _ in "a"})
except TypeError as error:
    print("error", error)
"""


def test_comprehensions_on_their_fast_path() -> None:
    """Comprehensions whose conditions and element cannot pause run each item without a
    generator of their own (``definitions.run_fast``): conditions in order and no
    further than the first false one, the element after them, nested loops, a sandbox
    generator as a source, errors where CPython raises them."""
    result = interp.Sandbox(limits=interp.Limits(timeout=None, max_steps=10_000_000)).run(COMPREHENSIONS)
    assert result.ok, result.error
    assert result.stdout == _cpython_stdout(COMPREHENSIONS)
