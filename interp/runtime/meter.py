"""The resource meter: steps, time, depth, output and allocation budgets.

Budgets are checked at function entry and at loop back-edges, not per node: every
such point decrements :attr:`Meter.countdown`, and only when it runs out does the
slower :meth:`Meter.check` look at the clock, the step budget and the Stop flag.
That keeps the common path to one attribute decrement and one comparison.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from .control import TIME_SLICE, LimitExceeded
from .limits import RECURSION_LIMIT, SPECS, Limits

#: Back-edges and calls between two looks at the clock.
CHECK_INTERVAL = 2000
#: Seconds between two measurements of memory in use.
PROBE_SECONDS = 0.01

#: Host re-entries nested at once.  Host machinery that runs sandbox code (an operator
#: calling a user ``__add__``, ``repr`` or a sort calling user code, a generator
#: resuming another) re-enters the host interpreter in C, which costs host stack that
#: the sandbox depth limit does not count.  In Pyodide that stack is the JavaScript
#: engine's (about 1 MB in V8), which the CPython underneath does not watch: overflowing
#: it is a fatal error of the whole runtime, after about 120 levels of ``__add__``
#: recursion.  There RecursionError comes at this many re-entries instead; on CPython
#: the worker thread's large stack and the host recursion limit protect enough.
MAX_NESTED = 64 if sys.platform == "emscripten" else 1_000_000_000


def _statm_reader() -> Callable[[], int | None] | None:
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        handle = open("/proc/self/statm", "rb", buffering=0)  # noqa: SIM115 - kept open for cheap reads
    except (OSError, ValueError, AttributeError):
        return None

    def read() -> int | None:
        try:
            handle.seek(0)
            return int(handle.read().split()[1]) * page
        except (OSError, ValueError, IndexError):
            return None

    return read


def _wasm_heap_reader() -> Callable[[], int | None] | None:
    """Pyodide: the top of the WebAssembly heap (``sbrk(0)``), which grows as the
    allocator takes memory, as the resident set does on Linux."""
    if sys.platform != "emscripten":
        return None
    try:
        import pyodide_js  # type: ignore[import-not-found]

        sbrk = pyodide_js._module._sbrk
        sbrk(0)
    except Exception:
        return None

    def read() -> int | None:
        try:
            return int(sbrk(0)) & 0xFFFFFFFF
        except Exception:
            return None

    return read


_read_statm = _statm_reader() or _wasm_heap_reader()


def resident_memory() -> int | None:
    """Bytes of memory the process has resident, where the platform tells (Linux; in
    Pyodide the WebAssembly heap in use); None elsewhere, where only single allocations
    are checked."""
    return _read_statm() if _read_statm is not None else None


class Meter:
    """Counters and limits for one sandbox (shared by all its runs)."""

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        slice_seconds: float | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        #: The budgets (default: all off but the depth, see :meth:`Limits.unlimited`).
        self.limits = limits = limits if limits is not None else Limits.unlimited()
        # Each limit is also an attribute of its own (``max_steps``, ``max_depth``...):
        # the checks on hot paths (every call) read ``m.max_depth``, one look-up.
        for name in SPECS:
            setattr(self, name, getattr(limits, name))
        #: The host's depth limit: ``sys.setrecursionlimit`` moves ``max_depth`` (the
        #: recursion limit the checks read) up to this and no further.
        self.depth_ceiling = limits.max_depth
        #: Like CPython's, the recursion limit starts at 1000 and is kept from one run of
        #: the sandbox to the next.
        self.max_depth = min(RECURSION_LIMIT, self.depth_ceiling)
        #: How often (seconds of compute) to yield a TimeSlice to the driver; None: never.
        self.slice_seconds = slice_seconds
        self.clock = clock
        self.countdown = CHECK_INTERVAL
        self.depth = 0
        #: Host re-entries in progress, and their limit (see MAX_NESTED).
        self.nested = 0
        self.max_nested = MAX_NESTED
        self.reset()

    def reset(self) -> None:
        """Start the counters of a new run."""
        self.steps = 0
        self.output = 0
        self.host_calls = 0
        self.compute_time = 0.0
        self.stop_requested = False
        self.countdown = CHECK_INTERVAL
        # The module's own frame counts, as in CPython: at the default limit of 1000 a
        # RecursionError leaves 999 function frames (and a traceback of 1000 entries).
        self.depth = 1
        self.nested = 0
        self._resumed_at = self.clock()
        self._last_slice = self._resumed_at
        #: Memory in use when the run started, and the most it grew by (bytes).
        self._memory_base = resident_memory()
        self._last_probe = self._resumed_at
        self.peak_memory = 0

    # Time spent waiting for the host does not count as compute: drivers call
    # pause() before handing a request to the host and resume() when they continue.
    def pause(self) -> None:
        now = self.clock()
        self.compute_time += now - self._resumed_at
        self._resumed_at = now

    def resume(self) -> None:
        self._resumed_at = self.clock()
        self._last_slice = self._resumed_at

    def elapsed(self) -> float:
        return self.compute_time + (self.clock() - self._resumed_at)

    def check(self) -> bool:
        """Refill the countdown and enforce the limits; True when a time slice is due."""
        self.steps += CHECK_INTERVAL - self.countdown
        self.countdown = CHECK_INTERVAL
        if self.stop_requested:
            raise LimitExceeded("stopped", "the run was stopped")
        if self.max_steps is not None and self.steps > self.max_steps:
            raise LimitExceeded("max_steps", f"step limit exceeded ({self.max_steps} steps)")
        now = self.clock()
        if self.timeout is not None and self.compute_time + (now - self._resumed_at) > self.timeout:
            raise LimitExceeded("timeout", f"time limit exceeded ({self.timeout:g} s)")
        if now - self._last_probe >= PROBE_SECONDS and self._memory_base is not None:
            self._last_probe = now
            self.probe_memory()
        if self.slice_seconds is not None and now - self._last_slice >= self.slice_seconds:
            self._last_slice = now
            return True
        return False

    def tick(self) -> Any:
        """Generator used at loop back-edges when the countdown runs out."""
        if self.check():
            yield TIME_SLICE

    def count_steps(self) -> int:
        return self.steps + CHECK_INTERVAL - self.countdown

    def count_host_call(self) -> None:
        """Count one capability call (the driver calls this before it answers one)."""
        self.host_calls += 1
        if self.max_host_calls is not None and self.host_calls > self.max_host_calls:
            raise LimitExceeded("max_host_calls", f"host call limit exceeded ({self.max_host_calls} calls)")

    def add_output(self, n: int) -> None:
        self.output += n
        if self.max_output is not None and self.output > self.max_output:
            raise LimitExceeded("max_output", f"output limit exceeded ({self.max_output} bytes)")

    def probe_memory(self) -> None:
        """Measure how much the process grew since the run started; enforce max_memory.

        Growth of the resident set is an estimate of what the program allocated: it
        also counts memory the host allocator keeps after the program freed it, so
        it errs on the side of stopping.
        """
        used = resident_memory()
        if used is None or self._memory_base is None:
            return
        grown = used - self._memory_base
        if grown > self.peak_memory:
            self.peak_memory = grown
        if self.max_memory is not None and grown > self.max_memory:
            raise LimitExceeded("max_memory", f"memory limit exceeded ({self.max_memory} bytes)")

    def check_allocation(self, size: int) -> None:
        """Refuse one allocation of ``size`` bytes (estimated) that exceeds the memory budget.

        Called before host operations whose result size the program controls
        (``'a' * n``, ``[0] * n``, ``2 ** n``, ``range`` materialisation).
        """
        if self.max_memory is not None and size > self.max_memory:
            raise MemoryError(f"cannot allocate {size} bytes (memory limit {self.max_memory} bytes)")


#: The meter of the run in progress.  The interpreter runs one program at a time per
#: host thread of control; drivers swap this when they switch between sandboxes.
current: Meter = Meter()


def activate(meter: Meter) -> Meter:
    """Make ``meter`` the current one and return the previous one."""
    global current
    previous = current
    current = meter
    return previous


#: Results larger than this many bytes (estimated) raise MemoryError even without a
#: memory limit: a single host operation must never take unbounded time or memory.
HARD_CAP = 1 << 30


def cap(nbytes: int) -> None:
    """Refuse a result of ``nbytes`` (estimated) over the hard cap or the memory limit.

    Called before every host operation whose result size the program controls
    (``'a' * n``, ``[0] * n``, ``2 ** n``, ``str.ljust``, ``range`` materialisation).
    """
    if nbytes > HARD_CAP:
        raise MemoryError(f"result too large ({nbytes} bytes)")
    m = current
    if m.max_memory is not None and nbytes > m.max_memory:
        m.check_allocation(nbytes)
