"""Sandboxes in one process never affect one another (DESIGN.md, invariant 6).

Per-run state (the meter, the environment, the loader, the builtins) is process-wide
and belongs to whichever sandbox is stepping, and some caches are shared by every
sandbox.  These tests attack both: names that are ``str`` subclasses with their own
``__eq__``/``__hash__`` (which would poison a shared cache), and sandbox code the
host's garbage collector runs (finalisers, generators closed when dropped) during
another sandbox's step, after the run, or on another thread.  Where the code runs in
its own sandbox's step, CPython is the oracle for what it prints.
"""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import threading

import pytest

from interp import Sandbox
from interp.host.session import Session
from tests.oracle_env import oracle_env

#: A probe of the shared machinery the attacks aim at: its output must be the same in
#: a fresh sandbox, before the attack and after it.
PROBE = """
print([1, 2].copy(), [3].__len__(), 'ab'.upper(), {1: 2}.get(1))
class P:
    def m(self):
        return 'm'
p = P()
p.x = 1
print(p.m(), p.x, getattr(p, 'x'), hasattr(p, 'y'), len('abc'), sorted([3, 1, 2]))
"""

#: A str subclass that equals every name and hashes as another one.
LIAR = """
class S(str):
    def __eq__(self, other):
        return True
    def __hash__(self):
        return hash({target!r})
"""

DOORS = [
    "object.__delattr__([], S('clear'))",
    "object.__delattr__(P(), S('clear'))",
    "object.__getattribute__([], S('clear'))",
    "object.__setattr__(P(), S('copy'), 1)",
    "getattr([], S('clear'))",
    "hasattr([], S('clear'))",
    "setattr(P(), S('copy'), 1)",
    "delattr(P(), S('clear'))",
    "type.__getattribute__(list, S('clear'))",
    "type.__setattr__(P, S('copy'), 1)",
    "type.__delattr__(P, S('copy'))",
    "super(P, P()).__getattribute__(S('clear'))",
    "vars(P()).get(S('clear'))",
    "'{0.clear}'.format([])",
    "(lambda **kw: kw)(**{S('copy'): 1})",
    "len(**{S('obj'): 1})",
]


def _run(sb: Sandbox, source: str) -> str:
    result = sb.run(source)
    assert result.error is None or result.error.type is not None, result.error
    return result.stdout


@pytest.mark.parametrize("door", DOORS)
def test_str_subclass_names_do_not_poison_shared_caches(door: str) -> None:
    bystander = Sandbox()
    before = _run(bystander, PROBE)
    attacker = Sandbox()
    source = (
        LIAR.format(target="copy") + "class P: pass\n" + f"try:\n    {door}\nexcept Exception:\n    pass\n"
    )
    attacker.run(source)
    attacker.run(source)  # once more: a poisoned entry would now be in the caches
    assert _run(bystander, PROBE) == before
    assert _run(Sandbox(), PROBE) == before
    # The attacker itself still sees the real methods.
    assert _run(attacker, PROBE) == before


def test_str_subclass_names_are_accepted_as_cpython_accepts_them() -> None:
    source = """
class S(str):
    pass
class A:
    pass
a = A()
object.__setattr__(a, S('x'), 1)
print(object.__getattribute__(a, S('x')), getattr(a, S('x')), list(vars(a)))
object.__delattr__(a, S('x'))
print(hasattr(a, 'x'))
try:
    object.__getattribute__(a, 1)
except TypeError as e:
    print(e)
"""
    expected = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, env=oracle_env()
    )
    assert Sandbox().run(source).stdout == expected.stdout


CYCLES = """
import weakref  # first: an import may collect (stdlib/_source.py), and no garbage exists yet
class C:
    def __del__(self):
        print("finaliser ran")
        try:
            print(secret())
        except Exception as e:
            print("no secret:", type(e).__name__)
for i in range(5):
    c = C()
    c.me = c
del c
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally ran")
ran = []  # what runs of the program's code leaves a trace here, printing or not
class Closes:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        ran.append("__exit__")
def hot():
    # Its loop runs long enough to go on as host code (hostcode.LoopTier), with the
    # host's own try and with statements around the yield.
    for i in range(3000):
        try:
            if i == 2999:
                with Closes():
                    yield i
        finally:
            if i == 2999:
                ran.append("finally")
held = [gen() for i in range(3)] + [hot()]
for g in held:
    next(g)
held.append(held)
del held, g
class Node:
    pass
def report(ref):
    print("weakref callback ran")
    try:
        print(secret())
    except Exception as e:
        print("no secret:", type(e).__name__)
refs = []
for i in range(5):
    node = Node()
    node.me = node
    refs.append(weakref.ref(node, report))
del node
"""


def test_garbage_of_one_sandbox_never_runs_in_another() -> None:
    gc.collect()
    gc.disable()
    try:
        a_out: list[str] = []
        a = Sandbox(capabilities={"secret": lambda: "A's secret"}, stdout=a_out.append, stderr=a_out.append)
        result = a.run(CYCLES)
        assert result.ok, result.error
        b = Sandbox(capabilities={"secret": lambda: "B's secret", "collect": gc.collect})
        result = b.run('print("b starts")\ncollect()\nprint("b ends")')
        assert result.ok, result.error
        assert result.stdout == "b starts\nb ends\n"
        assert result.stderr == ""
        # Nothing of A's ran later either, and nothing reached A's output.
        gc.collect()
        assert a.run("pass").stdout == ""
        assert a_out == []
        assert a.run("print(ran)").stdout == "[]\n"
    finally:
        gc.enable()


def test_garbage_collected_after_the_run_runs_no_sandbox_code() -> None:
    gc.collect()
    gc.disable()
    try:
        written: list[str] = []
        sb = Sandbox(capabilities={"secret": lambda: "s"}, stdout=written.append, stderr=written.append)
        result = sb.run(CYCLES)
        assert result.ok, result.error
        assert written == []
        del sb, result
        gc.collect()
        assert written == []
    finally:
        gc.enable()


def test_finalisers_on_another_host_thread_do_not_run() -> None:
    """The collector runs on whichever thread allocates: there, during the sandbox's
    own step, its finalisers would race the step."""

    def collect_elsewhere() -> None:
        thread = threading.Thread(target=gc.collect)
        thread.start()
        thread.join()

    gc.collect()
    gc.disable()
    try:
        sb = Sandbox(capabilities={"secret": lambda: "s", "collect_elsewhere": collect_elsewhere})
        result = sb.run(CYCLES + "collect_elsewhere()\nprint('done')\n")
        assert result.ok, result.error
        assert result.stdout == "done\n"
    finally:
        gc.enable()


OWN_STEP = """
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = A(1)
del a
print("after a")
b = A(2)
b = A(3)
print("after b")
def gen():
    try:
        yield 1
    finally:
        print("finally of gen")
g = gen()
next(g)
g = None
print("after g")
def f():
    x = A(4)
    return 5
print(f())
class Loud:
    def __del__(self):
        raise ValueError("from __del__")
x = Loud()
x = None
print("after Loud")
print("end")
del b  # the globals outlive the run (the next run sees them): let go of it here
"""


def test_finalisers_in_their_own_step_run_at_once_as_in_cpython(tmp_path) -> None:
    path = tmp_path / "finalisers.py"
    path.write_text(OWN_STEP)
    expected = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=oracle_env())
    result = Sandbox().run(OWN_STEP, filename=str(path))
    assert result.stdout == expected.stdout
    addresses = re.compile(r" at 0x[0-9a-f]+")
    assert addresses.sub("", result.stderr) == addresses.sub("", expected.stderr)


def test_a_generator_that_ignores_generator_exit_when_dropped(tmp_path) -> None:
    """Reported as CPython reports it; our traceback's frames differ (DEVIATIONS.md),
    so only the first and the last line are compared."""
    source = """
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
s = None
print("end")
"""
    path = tmp_path / "stubborn.py"
    path.write_text(source)
    expected = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=oracle_env())
    result = Sandbox().run(source, filename=str(path))
    assert result.stdout == expected.stdout
    ours, theirs = result.stderr.splitlines(), expected.stderr.splitlines()
    addresses = re.compile(r" at 0x[0-9a-f]+")
    assert addresses.sub("", ours[0]) == addresses.sub("", theirs[0])
    assert ours[-1] == theirs[-1]


def test_a_finaliser_past_a_hard_limit_does_not_keep_the_run_alive() -> None:
    source = """
class Spin:
    def __del__(self):
        while True:
            pass
x = Spin()
x = None
for i in range(100):
    print(i)
"""
    from interp import Limits

    result = Sandbox(limits=Limits(max_steps=100_000)).run(source)
    assert result.error is not None and result.error.limit == "max_steps"
    # The limit ends the run at the next back-edge or call after the finaliser.
    assert "1\n" not in result.stdout


def test_host_machinery_cannot_run_another_sandboxs_function() -> None:
    """A sandbox function reached by host code outside its sandbox's step (here by
    the test, playing a careless host) is refused, not run under no meter."""
    session = Session()
    run = session.start("def f(x):\n    return x + 1\n", "<string>")
    while session.step(run)[0] != "done":
        pass
    f = session.globals["f"]
    with pytest.raises(RuntimeError, match="outside its own sandbox"):
        f(1)


def test_sandbox_code_run_outside_any_step_is_refused_by_the_idle_meter() -> None:
    """The backstop behind the doors above: were a host path to run sandbox code with
    no sandbox stepping, the idle meter (current between steps) would refuse it at its
    first call or loop pass instead of letting it run unmetered."""
    from interp.runtime import meter
    from interp.runtime.calls import invoke
    from interp.runtime.control import LimitExceeded
    from interp.runtime.functions import run_nested

    session = Session()
    # Long enough to pass many checks, finite: without the refusal the call returns.
    assert session.run("def spin():\n    for i in range(10**6):\n        pass\n").ok
    spin = session.globals["spin"]
    saved = meter.activate(meter.IDLE)
    try:
        with pytest.raises(LimitExceeded) as refused:
            run_nested(invoke(spin, (), None))
        assert refused.value.limit == "idle"
        # A host call of the function (the door every host path goes through) is
        # refused before the meter is even asked.
        with pytest.raises(RuntimeError, match="outside its own sandbox's run"):
            spin()
    finally:
        meter.activate(saved)
    # The sandbox itself is untouched: its next run works.
    assert session.run("print('still fine')").ok


SUSPENDED_IN_HANDLERS = """
ran = []
class Closes:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        ran.append("__exit__")
def gen(n):
    # With n passes first, the loop goes on as host code (hostcode.LoopTier), with the
    # host's own try and with statements around the yield.
    for i in range(n + 1):
        try:
            if i == n:
                with Closes():
                    try:
                        yield i
                    except BaseException:
                        ran.append("except")
        finally:
            if i == n:
                ran.append("finally")
g = gen(N)
next(g)
"""


@pytest.mark.parametrize("passes", [0, 3000])
def test_the_host_closing_a_suspended_body_runs_none_of_its_code(passes: int) -> None:
    """The host's collector may finalise the host generators of a dropped generator's
    body before the generator itself (an order of its own): the GeneratorExit it
    throws in, outside the sandbox's step, runs no handler, ``finally`` block or
    ``__exit__`` of the program (DESIGN.md, invariant 6), in either tier."""
    sb = Sandbox()
    result = sb.run(SUSPENDED_IN_HANDLERS.replace("N", str(passes)))
    assert result.ok, result.error
    sb._session.globals["g"].body.close()
    assert sb.run("print(ran)").stdout == "[]\n"
