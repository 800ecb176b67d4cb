"""What the conformance corpus cannot compare with CPython for ``queue`` and ``array``.

A blocking ``get`` on an empty queue waits forever in a single-threaded CPython program;
the sandbox has one thread, so it says so at once.  A ``get`` with a timeout lets the
whole timeout pass on the sandbox's clock (virtual in deterministic mode, so the test
takes no time).  ``array`` keeps its values in a sandbox list: the memory limit sees them.
"""

from __future__ import annotations

import time

import interp


def run(source: str, **options: object) -> interp.Result:
    return interp.Sandbox(**options).run(source)


def test_a_get_that_would_wait_forever_raises_at_once() -> None:
    for source in (
        "import queue\nqueue.Queue().get()\n",
        "import queue\nq = queue.Queue(1)\nq.put(1)\nq.put(2)\n",
        "import queue\nqueue.SimpleQueue().get()\n",
        "import queue\nq = queue.Queue()\nq.put(1)\nq.join()\n",
    ):
        result = run(source)
        assert result.error is not None and result.error.type == "RuntimeError", source
        assert "deadlock" in result.error.message


def test_a_timeout_passes_on_the_sandbox_clock() -> None:
    source = (
        "import queue, time\n"
        "start = time.monotonic()\n"
        "for q in (queue.Queue(), queue.LifoQueue(), queue.SimpleQueue()):\n"
        "    try:\n"
        "        q.get(timeout=3600)\n"
        "    except queue.Empty as e:\n"
        "        print(type(e).__module__, type(e).__name__)\n"
        "full = queue.Queue(1)\nfull.put(0)\n"
        "try:\n    full.put(1, timeout=60)\nexcept queue.Full:\n    print('Full')\n"
        "print(time.monotonic() - start >= 3 * 3600 + 60)\n"
    )
    started = time.process_time()
    result = run(source, deterministic=True)
    assert result.error is None, result.error
    assert result.stdout == "_queue Empty\n" * 3 + "Full\nTrue\n"
    assert time.process_time() - started < 30


def test_array_values_count_against_the_memory_limit() -> None:
    limits = interp.Limits(max_memory=32 * 1024 * 1024)
    result = run("import array\na = array.array('d', [0.5])\nwhile True:\n    a.extend(a)\n", limits=limits)
    assert result.error is not None and result.error.type == "MemoryError"
    result = run("import array\na = array.array('q', [1]) * 10**9\n", limits=limits)
    assert result.error is not None and result.error.type == "MemoryError"
    small = run("import array\na = array.array('i', range(100000))\nprint(len(a.tobytes()))\n", limits=limits)
    assert small.stdout == f"{100000 * 4}\n", small.error


def test_array_frames_stay_out_of_tracebacks() -> None:
    result = run("import array\na = array.array('b')\na.append(1000)\n")
    assert result.error is not None and result.error.type == "OverflowError"
    assert result.error.message == "signed char is greater than maximum"
    assert "<array>" not in result.error.traceback
    assert result.error.traceback.count('File "') == 1
