"""The escape suite: attack programs under tests/escapes/<kind>/, each run in a sandbox.

One attack per file; its first line says what it tries and where the technique comes
from.  Every attack must end *contained*:

- ``Sandbox.run()`` returns (no host exception escapes it), with a Result that is
  either ok, a sandbox exception with a traceback in Python's format that shows no host
  frame, or a limit;
- no value the program left behind (its globals, its last value) is a host object
  outside the allowed set (``classify`` of tests/test_reachability.py);
- its output stays within ``max_output``;
- a second sandbox, created before the attack in the same process, runs a fixed probe
  program afterwards exactly as it did before, and exactly as a brand-new sandbox does
  (security invariant 6: sandboxes never affect one another);
- the host is unchanged: its ``sys.modules``, recursion limit, builtins, environment,
  working directory, standard streams, and the canary files attacks try to write.

Attacks that fail today are listed in tests/escapes/pending.txt with a reason; the
in-process runner leaves them out.  ``test_pending_attacks_still_fail`` checks each of them
in a process of its own (a pending attack may poison the runtime, hang or crash), and
fails with "no longer pending" for one that is now contained, so the list only shrinks.

An attack that detects a leak by itself (a host file name in a frame view, say) prints
``ESCAPED``; that fails the check whatever the Result.
"""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_reachability import find_host_objects

import interp

HERE = Path(__file__).parent
ESCAPES = HERE / "escapes"
PENDING_FILE = ESCAPES / "pending.txt"

#: Small, so that the hundreds of attacks that end at a limit end quickly.
LIMITS = interp.Limits(timeout=1.0, max_memory=64 * 1024 * 1024, max_output=64 * 1024, max_steps=3_000_000)
#: The witness sandboxes' limits: no time limit, so that a loaded machine cannot fail a
#: probe (it is deterministic, and ends well within its steps).
WITNESS_LIMITS = dataclasses.replace(LIMITS, timeout=None, max_steps=100_000_000)
#: The limits that may end an attack: every hard one but Stop (nobody presses it here).
ENDING_LIMITS = {"timeout", "max_steps", "max_memory", "max_output", "max_host_calls"}
#: Files attacks try to create or overwrite on the host: none may change.
CANARIES = [Path("/tmp/interp-escape-canary"), Path("/tmp/interp-escape-canary.txt")]
#: A pending attack's check is killed after this many seconds (it "hangs"); a contained
#: attack ends at its own limits long before.  Too short errs on the safe side: a hang
#: only ever keeps an attack pending.
PENDING_TIMEOUT = 5

#: Runs in a witness sandbox before and after each attack: what a sandbox sees of the
#: builtins, the shared modules, the builtin types, exceptions and the recursion limit.
#: Deterministic, so that two runs print the same text unless something changed.
PROBE = r"""
import sys, math, random, time, itertools
names = sorted(k for k in dir(__builtins__) if not k.startswith('__')) if __builtins__ else None
print(names)
for name in ['len', 'print', 'getattr', 'setattr', 'hasattr', 'isinstance', 'type', 'object', 'int',
             'str', 'list', 'dict', 'tuple', 'set', 'Exception', 'ValueError', 'KeyError', 'sorted',
             'repr', 'hash', 'super', 'property', 'range', 'iter', 'next', 'min', 'max', 'sum', 'abs',
             'format', 'chr', 'ord', 'eval', 'exec', 'compile', 'vars', 'dir', 'open', 'input', 'id',
             'BaseException', 'StopIteration', 'SystemExit', 'RecursionError', 'MemoryError']:
    try:
        value = eval(name)
    except NameError:
        print(name, 'missing')
        continue
    print(name, repr(value), type(value).__name__)
for t in [object, type, int, str, bytes, list, tuple, dict, set, frozenset, float, complex, bool,
          BaseException, Exception, ValueError, KeyError, StopIteration, SystemExit, property, super]:
    print(t.__name__, sorted(dir(t)), t.__doc__ is None, t.__module__, [k.__name__ for k in t.__mro__])
print(list.copy([1, 2]), str.upper('a'), 'x'.join(['a', 'b']), hash('abc') == hash('ab' + 'c'))
print(getattr(1, 'real'), hasattr([], 'append'), int('12'), str(12), repr('a'), 1 == 1.0, 'a' < 'b')
print({'a': 1} == {'a': 1}, 'ab' in {'ab': 1}, {'x'} | {'y'} == {'x', 'y'}, [3, 1, 2].sort() is None)
print(sys.getrecursionlimit(), sys.maxsize, tuple(sys.version_info[:2]), sorted(dir(sys)))
print(sorted(dir(math)), math.pi, math.sqrt(2), math.factorial(10), math.gcd(12, 18))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), sorted(dir(random)))
print(sorted(dir(time)), type(time.time()).__name__, type(time.monotonic()).__name__)
print(sorted(dir(itertools)), list(itertools.islice(itertools.count(), 3)))
print(ValueError('x').args, str(KeyError('k')), repr(StopIteration(3)), ValueError.__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), type(e.__traceback__).__name__, e.__cause__, e.__context__, e.__notes__ if hasattr(e, '__notes__') else 'no notes')
try:
    [].x
except AttributeError as e:
    print(e)
class Probe:
    __slots__ = ()
    def __repr__(self):
        return 'Probe()'
    def __eq__(self, other):
        return type(other) is Probe
    def __hash__(self):
        return 7
print(Probe(), Probe() == Probe(), hash(Probe()), {Probe(): 1}[Probe()], getattr(Probe(), '__repr__')())
print(sorted(dir(Probe)), [k.__name__ for k in Probe.__mro__], object.__subclasses__ if hasattr(object, '__subclasses__') else 'none')
def f(n):
    return 1 if n == 0 else 1 + f(n - 1)
try:
    f(100000)
except RecursionError as e:
    print(repr(e), e.args, getattr(e, '__notes__', None), e.__cause__, sorted(vars(e)) if hasattr(e, '__dict__') else '')
for make in (lambda: {}['k'], lambda: next(iter(())), lambda: int('x'), lambda: [][1], lambda: None.x):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, getattr(e, '__notes__', None), e.__traceback__ is not None)
sys.stdout.write('stream ok\n')
print('to stderr', file=sys.stderr)
print(f(200), format(255, 'x'), '%s-%d' % ('a', 3), f'{3.5:>6}', round(2.5), divmod(7, 2))
"""

#: The shared modules written in Python (instantiated per sandbox from trees parsed once
#: per process): checked in the witness only, since importing them costs a fresh sandbox
#: a good part of a second.
PROBE_MODULES = r"""
import functools, collections, operator, asyncio
print(sorted(dir(functools)), sorted(dir(collections)), sorted(dir(operator)), sorted(dir(asyncio)))
print(collections.Counter('aab'), functools.reduce(operator.add, [1, 2, 3]), functools.partial(max, 1)(2))
print(collections.OrderedDict(a=1), collections.deque([1], maxlen=3), collections.namedtuple('P', 'x y')(1, 2))
async def coro():
    await asyncio.sleep(0)
    return 'async ok'
print(asyncio.run(coro()))
"""


def _capabilities(record: list) -> dict[str, Any]:
    """What the attacks get from the host: echoes both ways, a slow one, a recorder."""

    def echo(value: Any = None) -> Any:
        return value

    async def aecho(value: Any = None) -> Any:
        await asyncio.sleep(0)
        return value

    async def slow(seconds: float = 0.2) -> str:
        await asyncio.sleep(min(float(seconds), 0.5))
        return "slow done"

    def recorder(value: Any = None) -> int:
        record.append(value)
        return len(record)

    return {"echo": echo, "aecho": aecho, "slow": slow, "record": recorder}


def _sandbox(
    record: list, extra: dict[str, Any] | None = None, limits: interp.Limits = LIMITS
) -> interp.Sandbox:
    return interp.Sandbox(
        capabilities={**_capabilities(record), **(extra or {})},
        limits=limits,
        stdin="first line\nsecond line\nthird line\n",
        deterministic=True,
    )


def _probe(sandbox: interp.Sandbox, source: str = PROBE) -> str:
    result = sandbox.run(source, "<probe>")
    assert result.ok, f"the probe itself failed: {result.stderr}"
    return result.stdout


class _Witness:
    """The second sandbox of a test process, made before any attack runs in it, and what
    the probes printed then: in it, and in a sandbox made at that time."""

    sandbox: interp.Sandbox | None = None
    baseline = ""
    fresh_baseline = ""

    @classmethod
    def get(cls) -> interp.Sandbox:
        if cls.sandbox is None:
            cls.sandbox = _sandbox([], limits=WITNESS_LIMITS)
            cls.baseline = _probe(cls.sandbox) + _probe(cls.sandbox, PROBE_MODULES)
            cls.fresh_baseline = _probe(_sandbox([], limits=WITNESS_LIMITS))
        return cls.sandbox


def _host_state() -> dict[str, Any]:
    """What of the host process an attack could change, in comparable form."""
    return {
        "modules": sorted(sys.modules),
        "recursionlimit": sys.getrecursionlimit(),
        "builtins": {k: id(v) for k, v in vars(builtins).items() if k != "_"},
        "environ": dict(os.environ),
        "cwd": os.getcwd(),
        "streams": (id(sys.stdout), id(sys.stderr), id(sys.stdin)),
        "trace": (sys.gettrace(), sys.getprofile()),
        "switchinterval": sys.getswitchinterval(),
        "gc": gc.isenabled(),
        "canaries": [p.exists() for p in CANARIES],
        "path": list(sys.path),
    }


#: Frames of the host's own code: any path into the interp package but the sandbox-side
#: standard library, which runs as sandbox code and may show in a traceback.
_HOST_FRAME = re.compile(r'File "([^"]*/interp/(?!stdlib/lib/)[^"]*)"')


def _sandbox_state(sandbox: interp.Sandbox) -> dict:
    return dict(sandbox._session.globals)


def check_attack(path: Path, source: str | None = None, extra: dict[str, Any] | None = None) -> list[str]:
    """Run the attack in ``path`` (or ``source``); the ways it was not contained (empty:
    contained).  ``extra`` adds capabilities (the checks' own tests plant host-side
    damage with them)."""
    source = path.read_text() if source is None else source
    problems: list[str] = []
    witness = _Witness.get()
    host_before = _host_state()
    record: list = []
    attacked = _sandbox(record, extra)
    try:
        result = attacked.run(source, "<attack>")
    except BaseException as error:  # the whole point: nothing may come out of run()
        return [f"run() raised a host exception: {type(error).__name__}: {error}"]
    if result.ok:
        pass
    elif result.error is None:
        problems.append("a failed Result without an error")
    elif result.error.limit is not None:
        if result.error.limit not in ENDING_LIMITS:
            problems.append(f"ended by an unexpected limit: {result.error.limit}")
    else:
        tb = result.error.traceback
        if not result.error.type:
            problems.append("an error without a type")
        elif not (tb.startswith("Traceback (most recent call last):") or 'File "<attack>"' in tb):
            problems.append(f"the error's traceback is not in Python's format: {tb[:300]!r}")
    for text, where in ((result.stderr, "stderr"), (result.stdout, "stdout")):
        frame = _HOST_FRAME.search(text)
        if frame:
            problems.append(f"a host frame in {where}: {frame.group(1)}")
    if ESCAPED in result.stdout:
        problems.append("the attack reports that it got through: " + _around(result.stdout, ESCAPED))
    if len(result.stdout.encode("utf-8", "surrogatepass")) > LIMITS.max_output:
        problems.append(f"stdout is {len(result.stdout)} characters, past max_output")
    if len(result.stderr) > 2 * LIMITS.max_output:
        problems.append(f"stderr is {len(result.stderr)} characters, more than twice max_output")
    problems += find_host_objects(_sandbox_state(attacked), "globals", limit=50_000)
    problems += find_host_objects(result.result, "result")
    # What crossed to the host went by value: plain data only, never a sandbox object.
    problems += [f"a capability received {type(v).__name__}, not plain data" for v in record if not _plain(v)]
    try:
        exported = attacked.globals  # the host API's copy of the globals, by value
    except BaseException as error:
        problems.append(f"Sandbox.globals raised a host exception: {type(error).__name__}: {error}")
    else:
        problems += [
            f"Sandbox.globals[{k!r}] is not plain data" for k, v in exported.items() if not _plain(v)
        ]
    # Garbage the attack left behind (finalizers, generators, cycles) goes now, outside
    # any run: it must not run sandbox code in the witness's run or on the host.
    del attacked
    gc.collect()
    after = _probe(witness) + _probe(witness, PROBE_MODULES)
    fresh = _probe(_sandbox([], limits=WITNESS_LIMITS))
    if after != _Witness.baseline:
        problems.append("the witness sandbox changed:\n" + _first_difference(_Witness.baseline, after))
        _Witness.sandbox = None  # the next attack in this process gets a clean start
    if fresh != _Witness.fresh_baseline:
        problems.append(
            "a new sandbox differs from one made before:\n"
            + _first_difference(_Witness.fresh_baseline, fresh)
        )
    host_after = _host_state()
    for key, value in host_before.items():
        if host_after[key] != value:
            problems.append(f"the host's {key} changed")
    return problems


#: What an attack prints when it got hold of something it must not have (a host file
#: name, a host frame...): finding it on stdout fails the check, whatever the Result.
ESCAPED = "ESCAPED"


def _around(text: str, marker: str) -> str:
    at = text.find(marker)
    return text[max(0, at - 100) : at + 200]


def _plain(value: Any, depth: int = 0) -> bool:
    """Host primitives and containers only (what the value bridge may hand the host)."""
    t = type(value)
    if t in (type(None), bool, int, float, complex, str, bytes):
        return True
    if depth > 200 or t not in (list, tuple, dict, set, frozenset):
        return depth > 200
    items = [*value.keys(), *value.values()] if t is dict else value
    return all(_plain(item, depth + 1) for item in items)


def _first_difference(a: str, b: str) -> str:
    for line_a, line_b in zip(a.splitlines(), b.splitlines(), strict=False):
        if line_a != line_b:
            return f"  before: {line_a[:300]}\n  after:  {line_b[:300]}"
    return f"  {len(a.splitlines())} lines before, {len(b.splitlines())} after"


def _pending() -> dict[str, str]:
    """pending.txt: ``kind/name.py: reason`` per line; ``#`` starts a comment line."""
    entries: dict[str, str] = {}
    for line in PENDING_FILE.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(":")
        entries[name.strip()] = reason.strip()
    return entries


ATTACKS = sorted(str(p.relative_to(ESCAPES)) for p in ESCAPES.glob("*/*.py"))
PENDING = _pending()


@pytest.fixture(scope="module", autouse=True)
def _frozen_heap() -> Any:
    # Each check collects the garbage an attack left (finalizers must not run in the
    # witness's run): with the test process's own objects frozen, that costs only the
    # attack's objects, not the whole heap each time.
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def test_the_suite_is_complete() -> None:
    assert len(ATTACKS) >= 250, len(ATTACKS)
    unknown = sorted(set(PENDING) - set(ATTACKS))
    assert not unknown, f"pending.txt lists attacks that do not exist: {unknown}"
    for name in ATTACKS:
        first = (ESCAPES / name).read_text().splitlines()[0]
        assert first.startswith("# ") and len(first) > 20, f"{name}: the first line must say what it tries"
    for name, reason in PENDING.items():
        assert reason, f"{name}: a pending attack needs a reason"


def test_the_checks_catch_what_they_look_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each kind of damage, planted on purpose (host-side, through a capability, where a
    # sandbox program cannot reach), must be reported: else a passing attack proves nothing.
    from interp.runtime.typetable import TABLES

    here = ESCAPES / "planted.py"
    assert check_attack(here, "print('harmless')") == []
    assert any("got through" in p for p in check_attack(here, "print('ESCAPED')"))

    def poison_shared_table() -> None:
        monkeypatch.setitem(TABLES[str], "upper", TABLES[str]["lower"])

    problems = check_attack(here, "poison()", {"poison": poison_shared_table})
    monkeypatch.undo()
    assert any("witness sandbox changed" in p for p in problems), problems

    def poison_host() -> None:
        monkeypatch.setitem(os.environ, "INTERP_ESCAPE_PLANTED", "1")

    problems = check_attack(here, "poison()", {"poison": poison_host})
    monkeypatch.undo()
    assert any("environ" in p for p in problems), problems
    problems = check_attack(here, "print('x' * 100_000)\nprint('y' * 100_000)")
    assert problems == [] or any("max_output" in p for p in problems)


@pytest.mark.parametrize("name", [a for a in ATTACKS if a not in PENDING])
def test_attack_is_contained(name: str) -> None:
    problems = check_attack(ESCAPES / name)
    assert not problems, f"{name}:\n" + "\n".join(problems[:20])


#: Runs in a fresh interpreter: checks each attack named on the command line in a forked
#: child (its own process: a poisoned runtime, a hang or a crash stays there), two at a
#: time, and prints one JSON line per attack: "contained", "fails", "hangs" or "crashes".
#: The witness and its baselines are made once, before forking; each child starts the
#: runtime's worker thread afresh (a forked child has none of its parent's threads).
_PENDING_RUNNER = r"""
import json, os, queue, signal, sys, time
sys.path.insert(0, sys.argv[1])
import test_escape_suite as suite
from interp.host import worker
suite._Witness.get()
timeout = float(sys.argv[2])
todo = list(sys.argv[3:])
running = {}
def verdict_of(pid, read):
    data = os.read(read, 100).decode()
    os.close(read)
    return data or "crashes"
while todo or running:
    while todo and len(running) < 2:
        name = todo.pop(0)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            worker._thread = None
            worker._jobs = queue.SimpleQueue()
            try:
                verdict = "fails" if suite.check_attack(suite.ESCAPES / name) else "contained"
            except BaseException:
                verdict = "fails"
            os.write(write, verdict.encode())
            os._exit(0)
        os.close(write)
        running[pid] = (name, read, time.monotonic() + timeout)
    time.sleep(0.02)
    for pid, (name, read, deadline) in list(running.items()):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            verdict = verdict_of(pid, read)
        elif time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read)
            verdict = "hangs"
        else:
            continue
        del running[pid]
        print(json.dumps([name, verdict]), flush=True)
"""


def test_pending_attacks_still_fail() -> None:
    # Pending attacks run outside this process: they may poison the runtime, hang or crash.
    if not PENDING:
        return
    names = sorted(PENDING)
    done = subprocess.run(
        [sys.executable, "-c", _PENDING_RUNNER, str(HERE), str(PENDING_TIMEOUT), *names],
        capture_output=True,
        text=True,
        timeout=PENDING_TIMEOUT * len(names) + 300,
        env=dict(os.environ, PYTHONPATH=str(HERE.parent)),
    )
    verdicts = dict(json.loads(line) for line in done.stdout.splitlines() if line.startswith("["))
    assert set(verdicts) == set(names), f"the pending runner stopped early:\n{done.stderr[-3000:]}"
    fixed = sorted(name for name, verdict in verdicts.items() if verdict == "contained")
    assert not fixed, "no longer pending: remove it from tests/escapes/pending.txt: " + ", ".join(fixed)
