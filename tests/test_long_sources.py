"""A long source is work like any other: its reading and compiling count against the
run's limits (interp/syntax/budget.py), whether it is the program itself, a string
given to ``exec`` or the body of a function compiled on its first call.

A few megabytes of source take tens of seconds to read and compile; before, the main
program's parse ran before the time limit started counting anything, and ``exec``
refused only what an estimate said would not fit. The processor time of this process
is what is bounded below, not the clock: on a loaded machine the clock runs on while
the process waits for a core, so the limit can only come sooner in processor time.
"""

from __future__ import annotations

import asyncio
import time

from interp import Sandbox
from interp.host.sandbox import Limits

LINES = 60_000  # about 3 MB of source: over ten seconds to compile on this machine


def _long_source(lines: int = LINES) -> str:
    return "".join(
        f"x{i} = [{i}, {i} + 1, 'abc', (1, 2, 3)]\nif x{i}:\n    y = x{i}[0] * 2\n" for i in range(lines)
    )


def _timed_run(sandbox: Sandbox, source: str) -> tuple[object, float]:
    cpu = time.process_time()
    result = sandbox.run(source)
    return result, time.process_time() - cpu


def test_a_long_program_ends_at_the_time_limit() -> None:
    result, cpu = _timed_run(Sandbox(limits=Limits(timeout=1.0)), _long_source())
    assert result.error is not None
    assert (result.error.type, result.error.limit) == ("LimitExceeded", "timeout")
    assert cpu < 1.0 + 2.0


def test_a_long_exec_ends_at_the_time_limit() -> None:
    # Built inside the sandbox: cheap to make, dear to compile.
    source = "src = 'x = [1, 2, (3, 4)]\\n' * 300_000\nexec(src)\nprint('not reached')\n"
    result, cpu = _timed_run(Sandbox(limits=Limits(timeout=1.0)), source)
    assert result.stdout == ""
    assert result.error is not None and result.error.limit == "timeout"
    assert cpu < 1.0 + 2.0


def test_reading_a_long_program_is_not_counted_as_its_steps() -> None:
    # max_steps bounds what the program runs; its time limit bounds the reading.
    result = Sandbox(limits=Limits(timeout=None, max_wall=None, max_steps=20_000)).run(
        _long_source(3_000) + "print('read')\n"
    )
    assert result.ok, result.error
    assert result.stdout == "read\n"


def test_stop_ends_the_compile_of_a_long_program() -> None:
    async def main():
        sandbox = Sandbox(limits=Limits(timeout=None, max_wall=120))
        run = asyncio.ensure_future(sandbox.run_async(_long_source()))
        await asyncio.sleep(0.2)  # the compile is under way (it takes seconds)
        cpu = time.process_time()
        sandbox.stop()
        result = await run
        return result, time.process_time() - cpu

    result, cpu = asyncio.run(main())
    assert result.error is not None and result.error.limit == "stopped"
    assert cpu < 3.0


def test_a_long_program_within_its_limits_still_runs() -> None:
    result = Sandbox(limits=Limits(timeout=None, max_wall=None, max_steps=None)).run(
        _long_source(2_000) + "print(y)\n"
    )
    assert result.ok, result.error
    assert result.stdout == "3998\n"
