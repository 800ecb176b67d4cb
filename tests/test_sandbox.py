"""The public Python API: Sandbox, capabilities, values across the boundary, results,
limits, Stop, lifetime.  Programs that need no capability are compared with CPython."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import pytest
from host_helpers import WaitingCapability

import interp
from interp.host.sandbox import Limits, Sandbox


def cpython_stdout(source: str, stdin: str = "") -> str:
    proc = subprocess.run(
        [sys.executable, "-c", source],
        input=stdin,
        capture_output=True,
        text=True,
        env={"PYTHONHASHSEED": "0", "PATH": ""},
        timeout=60,
    )
    return proc.stdout


# -- results and lifetime -----------------------------------------------------------


def test_result_fields_and_last_expression_value():
    source = "x = [1, 2]\nprint('hello')\nx + [3]\n"
    r = Sandbox().run(source)
    assert r.ok and r.error is None
    assert r.stdout == cpython_stdout(source) == "hello\n"
    assert r.result == [1, 2, 3]
    assert set(r.stats) == {"steps", "wall_time", "compute_time", "host_calls", "peak_memory"}


def test_result_falls_back_to_sandbox_repr():
    r = Sandbox().run("class P:\n    def __repr__(self):\n        return 'P!'\nP()\n")
    assert r.ok and r.result == "P!"


def test_result_repr_is_what_a_repl_shows():
    source = "class P:\n    def __repr__(self):\n        return 'P!'\n"
    cases = {"(1, 2.0, 'a')": "(1, 2.0, 'a')", "[P(), {1: P()}]": "[P!, {1: P!}]", "1.0": "1.0", "None": None}
    for expression, shown in cases.items():
        assert Sandbox().run(source + expression).result_repr == shown, expression
    assert Sandbox().run("x = 1").result_repr is None


def test_result_is_none_when_last_statement_is_not_an_expression():
    assert Sandbox().run("x = 1\n").result is None
    assert Sandbox().run("1\nx = 2\n").result is None


def test_globals_persist_between_runs_and_sandboxes_are_isolated():
    a, b = Sandbox(), Sandbox()
    assert a.run("counter = 1\ndef bump():\n    global counter\n    counter += 1\n").ok
    assert a.run("bump()\nbump()\ncounter").result == 3
    r = b.run("counter")
    assert r.error.type == "NameError"
    assert a.globals["counter"] == 3


def test_error_has_type_message_line_and_cpython_traceback(tmp_path):
    source = "def f(x):\n    raise ValueError(x)\n\nf(0)\n"
    path = tmp_path / "prog.py"
    path.write_text(source)
    r = Sandbox().run(source, filename=str(path))
    assert not r.ok
    assert (r.error.type, r.error.message, r.error.line, r.error.limit) == ("ValueError", "0", 2, None)
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
    assert r.error.traceback == proc.stderr
    assert r.stderr == r.error.traceback


def test_syntax_error_is_a_result_not_a_host_exception():
    r = Sandbox().run("def f(:\n    pass\n")
    assert not r.ok and r.error.type == "SyntaxError" and r.error.line == 1
    assert "^" in r.error.traceback


def test_one_run_at_a_time():
    gate = threading.Event()

    def wait() -> None:
        gate.wait(10)

    sb = Sandbox(capabilities={"wait": wait})
    results: list = []
    worker = threading.Thread(target=lambda: results.append(sb.run("wait()")))
    worker.start()
    try:
        for _ in range(200):
            if sb._lock.locked():
                break
            threading.Event().wait(0.01)
        with pytest.raises(RuntimeError, match="one run at a time"):
            sb.run("1")
    finally:
        gate.set()
        worker.join()
    assert results[0].ok


def test_run_inside_a_running_loop_points_to_run_async():
    async def main() -> None:
        with pytest.raises(RuntimeError, match="run_async"):
            Sandbox().run("1")

    asyncio.run(main())


def test_streaming_stdout_callback():
    chunks: list[str] = []
    r = Sandbox(stdout=chunks.append).run("for i in range(3):\n    print(i)\n")
    assert "".join(chunks) == r.stdout == "0\n1\n2\n"


# -- capabilities and values ------------------------------------------------------------


def test_sync_capability_round_trips_plain_values():
    seen: list = []

    def echo(*args, **kwargs):
        seen.append((args, kwargs))
        return {"args": list(args), "kwargs": kwargs, "set": {1, 2}, "fs": frozenset({3}), "b": b"x"}

    r = Sandbox(capabilities={"echo": echo}).run(
        "r = echo(None, True, 1, 2.5, 'a', b'b', [1, (2, 3)], {'k': {4}}, flag=False)\n"
        "print(sorted(r))\nprint(r['args'], r['kwargs'], r['set'], r['fs'], r['b'])\n"
        "print(type(r['args'][6][1]).__name__)\n"
    )
    assert r.ok, r.error
    assert seen == [((None, True, 1, 2.5, "a", b"b", [1, (2, 3)], {"k": {4}}), {"flag": False})]
    assert r.stdout.splitlines() == [
        "['args', 'b', 'fs', 'kwargs', 'set']",
        "[None, True, 1, 2.5, 'a', b'b', [1, (2, 3)], {'k': {4}}] {'flag': False} {1, 2} frozenset({3}) b'x'",
        "tuple",
    ]


def test_values_are_copied_not_shared():
    kept: list = []

    def keep(value):
        kept.append(value)
        return value

    r = Sandbox(capabilities={"keep": keep}).run(
        "a = [1]\nb = keep(a)\nb.append(2)\na.append(3)\nprint(a, b)\n"
    )
    assert r.stdout == "[1, 3] [1, 2]\n"
    assert kept == [[1]]


@pytest.mark.parametrize(
    "expression",
    ["object()", "lambda: 0", "print", "[1, object()]", "{object(): 1}", "type", "iter([])"],
)
def test_unconvertible_arguments_are_refused_with_a_sandbox_type_error(expression):
    called: list = []
    r = Sandbox(capabilities={"cap": lambda *a: called.append(a)}).run(
        f"try:\n    cap({expression})\nexcept TypeError as e:\n    print('TypeError', 'cap' in str(e))\n"
    )
    assert r.ok and r.stdout == "TypeError True\n"
    assert called == []


def test_recursive_values_are_refused():
    r = Sandbox(capabilities={"cap": lambda x: x}).run(
        "a = []\na.append(a)\ntry:\n    cap(a)\nexcept TypeError as e:\n    print('refused')\n"
    )
    assert r.stdout == "refused\n"


@pytest.mark.parametrize("value", [object(), threading.Lock(), sys, print, type, [1, object()]])
def test_unconvertible_results_are_refused(value):
    r = Sandbox(capabilities={"cap": lambda: value}).run(
        "try:\n    cap()\nexcept TypeError as e:\n    print('TypeError', str(e))\n"
    )
    assert r.ok and r.stdout.startswith("TypeError cannot pass a result of 'cap'")


def test_host_subclasses_of_primitives_are_narrowed():
    import enum

    class Color(enum.IntEnum):
        RED = 1

    r = Sandbox(capabilities={"cap": lambda: [Color.RED, True]}).run(
        "v = cap()\nprint(v, type(v[0]).__name__)\n"
    )
    assert r.stdout == "[1, True] int\n"


@pytest.mark.parametrize(
    "error, expected",
    [
        (ValueError("bad value"), "ValueError bad value"),
        (KeyError("k"), "KeyError 'k'"),
        (FileNotFoundError(2, "No such file"), "FileNotFoundError [Errno 2] No such file"),
        (TimeoutError("slow"), "TimeoutError slow"),
        (ZeroDivisionError("zero"), "ZeroDivisionError zero"),
        (__import__("json").JSONDecodeError("oops", "doc", 0), "ValueError oops: line 1 column 1 (char 0)"),
        (type("HostOnly", (Exception,), {})("custom"), "RuntimeError custom"),
        (SystemExit(3), "RuntimeError 3"),
        (KeyboardInterrupt("k"), "RuntimeError k"),
    ],
)
def test_host_exceptions_become_matching_sandbox_exceptions(error, expected):
    def fail():
        raise error

    source = "try:\n    fail()\nexcept Exception as e:\n    print(type(e).__name__, e)\n    print(e.__traceback__ is None or 'tb')\n"
    r = Sandbox(capabilities={"fail": fail}).run(source)
    assert r.ok, r.error
    first, second = r.stdout.splitlines()
    assert first == expected
    assert second == "tb"  # a sandbox traceback, never the host's


def test_host_traceback_never_reaches_the_sandbox():
    def fail():
        raise ValueError("secret-frame")

    r = Sandbox(capabilities={"fail": fail}).run("fail()\n")
    assert r.error.type == "ValueError" and r.error.message == "secret-frame"
    assert "test_sandbox.py" not in r.error.traceback
    assert r.error.traceback.splitlines()[-3:] == [
        '  File "<main>", line 1, in <module>',
        "    fail()",
        "ValueError: secret-frame",
    ]


def test_capability_is_a_builtin_function_in_the_sandbox():
    r = Sandbox(capabilities={"cap": lambda: 1, "DATA": {"a": [1]}}).run(
        "print(type(cap).__name__, cap.__name__, DATA)\n"
        "for name in ('__globals__', '__closure__', '__code__', '__wrapped__', 'fn', 'target'):\n"
        "    print(name, hasattr(cap, name))\n"
    )
    lines = r.stdout.splitlines()
    assert lines[0] == "builtin_function_or_method cap {'a': [1]}"
    assert all(line.endswith("False") for line in lines[1:])


def test_modules_from_dicts_and_from_source():
    def search(q):
        return [q, q.upper()]

    sb = Sandbox(
        modules={
            "tools": {"search": search, "VERSION": 2},
            "helpers": "import tools\ndef twice(x):\n    return tools.search(x) * 2\n",
        }
    )
    r = sb.run("import helpers\nfrom tools import VERSION\nprint(helpers.twice('a'), VERSION)\n")
    assert r.ok, r.error
    assert r.stdout == "['a', 'A', 'a', 'A'] 2\n"
    r = sb.run("import subprocess\n")
    assert r.error.type == "ModuleNotFoundError"


def test_capabilities_that_return_awaitables_pause_transparently():
    async def later(x):
        await asyncio.sleep(0.01)
        return x + 1

    def sync_but_pending(x):
        return later(x)

    r = Sandbox(capabilities={"sync_but_pending": sync_but_pending}).run("print(sync_but_pending(1) * 10)\n")
    assert r.stdout == "20\n"


def test_host_calls_are_counted_and_limited():
    sb = Sandbox(capabilities={"cap": lambda: 1}, limits=Limits(max_host_calls=5))
    r = sb.run("for i in range(5):\n    cap()\n")
    assert r.ok and r.stats["host_calls"] == 5
    r = sb.run("try:\n    for i in range(6):\n        cap()\nfinally:\n    print('finally')\n")
    assert r.error.limit == "max_host_calls" and r.stdout == ""


# -- input -------------------------------------------------------------------------


def test_stdin_text_is_consumed_line_by_line_like_cpython():
    source = "a = input('a? ')\nb = input()\nprint(a + b)\ntry:\n    input('c? ')\nexcept EOFError as e:\n    print('EOF', e)\n"
    r = Sandbox(stdin="x\ny\n").run(source)
    assert r.stdout == cpython_stdout(source, "x\ny\n")


def test_stdin_callback_sync_and_async():
    prompts: list[str] = []

    async def ask(prompt):
        prompts.append(prompt)
        await asyncio.sleep(0.01)
        return "async answer"

    r = Sandbox(stdin=ask).run("print(input('q> '))\n")
    assert r.stdout == "q> async answer\n" and prompts == ["q> "]
    r = Sandbox(stdin=lambda prompt: None).run("input()\n")
    assert r.error.type == "EOFError"


# -- limits and stop ------------------------------------------------------------------------


def test_timeout_counts_compute_not_waiting():
    def wait():
        threading.Event().wait(0.4)

    sb = Sandbox(capabilities={"wait": wait}, limits=Limits(timeout=0.3))
    r = sb.run("wait()\nprint('waited')\n")
    assert r.ok and r.stdout == "waited\n"
    r = sb.run("try:\n    while True:\n        pass\nfinally:\n    print('finally')\n")
    assert r.error.limit == "timeout" and r.stdout == ""


def test_step_and_output_limits():
    r = Sandbox(limits=Limits(max_steps=10_000)).run("while True:\n    pass\n")
    assert r.error.limit == "max_steps"
    r = Sandbox(limits=Limits(max_output=100)).run("while True:\n    print('x' * 10)\n")
    assert r.error.limit == "max_output" and len(r.stdout) <= 100


def test_memory_limit_is_hard():
    # A generous timeout: on a loaded machine the default 10 s of compute can run out
    # before the program has allocated 50 MiB, and then the wrong limit ends it.
    r = Sandbox(limits=Limits(max_memory=50 * 1024 * 1024, timeout=120)).run(
        "chunks = []\ntry:\n    while True:\n        chunks.append(bytearray(1024 * 1024))\nexcept MemoryError:\n    print('caught')\n"
    )
    assert not r.ok and r.error.limit == "max_memory" and r.stdout == ""
    assert r.stats["peak_memory"] > 50 * 1024 * 1024


def test_depth_limit_raises_recursion_error_in_the_sandbox():
    r = Sandbox(limits=Limits(max_depth=50)).run(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n"
    )
    assert r.ok and r.stdout == "deep\n"


def test_stop_from_another_thread_ends_a_busy_program():
    sb = Sandbox(limits=Limits(timeout=None))
    timer = threading.Timer(0.2, sb.stop)
    timer.start()
    r = sb.run("try:\n    while True:\n        pass\nfinally:\n    print('finally')\n")
    assert r.error.limit == "stopped" and r.stdout == ""


def test_stop_cancels_a_pending_host_call():
    waiting = WaitingCapability(60)

    def pending():
        return waiting.forever()

    async def main():
        sb = Sandbox(capabilities={"forever": pending})
        task = asyncio.ensure_future(sb.run_async("forever()\n"))
        await asyncio.wait_for(waiting.started.wait(), 10)
        sb.stop()
        return await asyncio.wait_for(task, 5)

    r = asyncio.run(main())
    assert r.error.limit == "stopped"
    assert waiting.cancelled.is_set()


def test_public_names():
    assert interp.Sandbox is Sandbox and interp.Limits is Limits
    assert Limits() == Limits(
        timeout=10.0,
        max_steps=None,
        max_memory=256 * 1024 * 1024,
        max_depth=20_000,  # the ceiling; the recursion limit itself starts at 1000
        max_output=1024 * 1024,
        max_host_calls=10_000,
    )


def test_cancelling_run_async_ends_the_program_on_the_worker():
    sb = Sandbox(limits=Limits(timeout=None))

    async def main():
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(sb.run_async("while True:\n    pass\n"), 0.2)

    asyncio.run(main())
    # The worker is free again: a new run completes.
    assert Sandbox().run("1 + 1").result == 2
