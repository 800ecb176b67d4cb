"""Async capabilities on the sandbox's event loop: awaiting, gathering, tasks,
cancellation, errors, top-level await and the deterministic mode.

Where a program needs only capabilities that are plain ``async def`` functions, CPython
running the same program with the same functions as globals is the oracle.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import threading
import weakref

import pytest
from host_helpers import WaitingCapability

from interp.host.sandbox import Limits, Sandbox

LOG: list[str] = []


async def slow(x, delay=0.05):
    LOG.append(f"start {x}")
    await asyncio.sleep(delay)
    LOG.append(f"end {x}")
    return x * 10


async def boom(message):
    await asyncio.sleep(0.01)
    raise ValueError(message)


_TURNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def in_turn(x, turn):
    """Returns ``x * 10`` once every call of a lower turn in this event loop has returned.

    The order in which the calls complete is then the turns', whatever a loaded machine
    does to the time between their starts: sleeps of different lengths gave the order of
    the clock, which a stall of a tenth of a second could swap.
    """
    loop = asyncio.get_running_loop()
    if loop not in _TURNS:
        _TURNS[loop] = ([0], asyncio.Condition())
    done, condition = _TURNS[loop]
    async with condition:
        await condition.wait_for(lambda: done[0] == turn)
        done[0] += 1
        condition.notify_all()
    return x * 10


CAPABILITIES = {"slow": slow, "boom": boom, "in_turn": in_turn}


def cpython(source: str) -> str:
    buffer = io.StringIO()
    result: list = []

    def target() -> None:  # a thread of its own: no event loop may be running
        with contextlib.redirect_stdout(buffer):
            exec(compile(source, "<main>", "exec"), {"__name__": "__main__", **CAPABILITIES})
        result.append(buffer.getvalue())

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    return result[0]


def sandbox(source: str, **options) -> object:
    async def main():
        return await Sandbox(capabilities=CAPABILITIES, **options).run_async(source)

    return asyncio.run(main())


PROGRAMS = {
    "await_one": "import asyncio\nasync def main():\n    print(await slow(4))\nasyncio.run(main())\n",
    "gather_order": (
        "import asyncio\nasync def main():\n"
        "    r = await asyncio.gather(slow(1, 0.06), slow(2, 0.01), slow(3, 0.03))\n    print(r)\n"
        "asyncio.run(main())\n"
    ),
    # The tasks complete in the order of their turns, the reverse of their creation.
    "tasks_and_as_completed": (
        "import asyncio\nasync def main():\n"
        "    tasks = [asyncio.create_task(in_turn(i, 3 - i)) for i in range(4)]\n"
        "    for fut in asyncio.as_completed(tasks):\n        print(await fut)\n"
        "asyncio.run(main())\n"
    ),
    "errors": (
        "import asyncio\nasync def main():\n"
        "    try:\n        await boom('bad')\n    except ValueError as e:\n        print('caught', e)\n"
        "    r = await asyncio.gather(slow(1), boom('x'), return_exceptions=True)\n"
        "    print([type(v).__name__ for v in r])\n"
        "asyncio.run(main())\n"
    ),
    "wait_for_timeout": (
        "import asyncio\nasync def main():\n"
        "    try:\n        await asyncio.wait_for(slow(1, 5), timeout=0.05)\n"
        "    except TimeoutError:\n        print('timed out')\n"
        "    print(await asyncio.wait_for(slow(2, 0.01), timeout=5))\n"
        "asyncio.run(main())\n"
    ),
    "mixed_with_sleep": (
        "import asyncio\nasync def tick(n):\n    for i in range(n):\n        print('tick', i)\n"
        "        await asyncio.sleep(0.02)\n"
        "async def main():\n    r = await asyncio.gather(tick(3), slow(7, 0.03))\n    print(r)\n"
        "asyncio.run(main())\n"
    ),
    "task_group": (
        "import asyncio\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n"
        "        a = tg.create_task(slow(1, 0.02))\n        b = tg.create_task(slow(2, 0.01))\n"
        "    print(a.result(), b.result())\n"
        "asyncio.run(main())\n"
    ),
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_async_capability_programs_match_cpython(name):
    source = PROGRAMS[name]
    r = sandbox(source)
    assert r.ok, r.stderr
    assert r.stdout == cpython(source)


def test_gathered_calls_run_concurrently_on_the_host():
    # Each call waits until all five have started: run one after the other, the first
    # would wait forever (the run's wall limit ends it). No timing is assumed.
    started: list[int] = []
    all_started = asyncio.Event()

    async def meet(i):
        started.append(i)
        if len(started) == 5:
            all_started.set()
        await all_started.wait()
        return i * 10

    async def main():
        source = "import asyncio\nasync def main():\n    print(await asyncio.gather(*(meet(i) for i in range(5))))\nasyncio.run(main())\n"
        return await Sandbox(capabilities={"meet": meet}, limits=Limits(max_wall=60)).run_async(source)

    r = asyncio.run(main())
    assert r.ok, r.stderr
    assert r.stdout == "[0, 10, 20, 30, 40]\n"
    assert sorted(started) == [0, 1, 2, 3, 4]
    assert r.stats["host_calls"] == 5


def test_a_call_starts_only_when_awaited_or_wrapped_in_a_task():
    LOG.clear()
    r = sandbox("op = slow(1)\nprint(type(op).__name__)\n")
    assert r.ok and r.stdout == "coroutine\n" and LOG == []


def test_an_operation_is_awaited_once():
    r = sandbox(
        "import asyncio\nasync def main():\n    op = slow(1)\n    await op\n"
        "    try:\n        await op\n    except RuntimeError as e:\n        print(e)\nasyncio.run(main())\n"
    )
    assert r.stdout == "cannot reuse already awaited coroutine\n"


def test_cancelling_a_task_cancels_the_host_call():
    waiting = WaitingCapability()

    async def main():
        source = (
            "import asyncio\nasync def main():\n    t = asyncio.create_task(forever())\n"
            "    await asyncio.sleep(0.05)\n    t.cancel()\n"
            "    try:\n        await t\n    except asyncio.CancelledError:\n        print('cancelled')\n"
            "asyncio.run(main())\n"
        )
        return await Sandbox(capabilities={"forever": waiting.forever}).run_async(source)

    r = asyncio.run(main())
    assert r.ok, r.stderr
    assert r.stdout == "cancelled\n"
    assert waiting.cancelled.wait(2)


def test_top_level_await():
    r = sandbox(
        "import asyncio\nx = await slow(2)\nr = await asyncio.gather(slow(3), slow(4))\nprint(x, r)\nx\n"
    )
    assert r.ok, r.stderr
    assert r.stdout == "20 [30, 40]\n" and r.result == 20


def test_top_level_async_for_and_with():
    source = (
        "class Ctx:\n    async def __aenter__(self):\n        return await slow(1, 0.01)\n"
        "    async def __aexit__(self, *a):\n        print('exit')\n"
        "async def gen():\n    for i in range(3):\n        yield await slow(i, 0.01)\n"
        "async with Ctx() as v:\n    print(v)\n"
        "async for x in gen():\n    print(x)\n"
    )
    r = sandbox(source)
    assert r.ok, r.stderr
    assert r.stdout == "10\nexit\n0\n10\n20\n"


def test_stop_while_tasks_wait_on_the_host():
    waiting = WaitingCapability()

    async def main():
        sb = Sandbox(capabilities={"forever": waiting.forever})
        run = asyncio.ensure_future(
            sb.run_async(
                "import asyncio\nasync def main():\n    await asyncio.gather(forever(), forever())\nasyncio.run(main())\n"
            )
        )
        await asyncio.wait_for(waiting.started.wait(), 10)
        sb.stop()
        return await asyncio.wait_for(run, 5)

    r = asyncio.run(main())
    assert r.error.limit == "stopped"
    assert waiting.cancelled.wait(2)


def test_deterministic_mode_orders_host_answers_by_start_and_uses_a_virtual_clock():
    source = (
        "import asyncio, time\nasync def main():\n    t0 = time.monotonic()\n"
        "    done = []\n    async def one(i, d):\n        done.append(await slow(i, d))\n"
        "    await asyncio.gather(one(1, 0.05), one(2, 0.01), one(3, 0.03))\n"
        "    await asyncio.sleep(100)\n    print(done, round(time.monotonic() - t0))\n"
        "asyncio.run(main())\n"
    )
    first = sandbox(source, deterministic=True)
    second = sandbox(source, deterministic=True)
    assert first.ok, first.stderr
    assert first.stdout == second.stdout == "[10, 20, 30] 100\n"
    assert first.stats["wall_time"] < 10


def test_waiting_for_nothing_is_an_error_not_a_hang():
    r = sandbox(
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n",
        limits=Limits(timeout=5),
    )
    assert not r.ok and r.error.type == "RuntimeError"


def test_a_busy_task_still_sees_host_operations_settle():
    source = (
        "import asyncio\nasync def main():\n    t = asyncio.ensure_future(slow(3, 0.05))\n    spins = 0\n"
        "    while not t.done():\n        spins += 1\n        await asyncio.sleep(0)\n"
        "    print(t.result(), spins > 0)\nasyncio.run(main())\n"
    )
    r = sandbox(source, limits=Limits(timeout=5))
    assert r.ok, r.stderr
    assert r.stdout == cpython(source)


def test_operations_that_finished_together_arrive_in_the_order_they_finished():
    # A synchronous capability holds the host's event loop (as a long garbage collection
    # would) while four host sleeps run out: the program must still see them in the
    # order they finished, not in the order they started.
    import time

    def freeze():
        time.sleep(0.5)

    source = (
        "import asyncio\nasync def main():\n"
        "    tasks = [asyncio.create_task(slow(i, 0.05 * (4 - i))) for i in range(4)]\n"
        "    await asyncio.sleep(0)\n    freeze()\n"
        "    for fut in asyncio.as_completed(tasks):\n        print(await fut)\n"
        "asyncio.run(main())\n"
    )

    async def main():
        return await Sandbox(capabilities={**CAPABILITIES, "freeze": freeze}).run_async(source)

    r = asyncio.run(main())
    assert r.ok, r.stderr
    assert r.stdout == "30\n20\n10\n0\n"
