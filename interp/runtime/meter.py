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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..syntax import budget
from . import links
from .control import TIME_SLICE, LimitExceeded
from .limits import RECURSION_LIMIT, SPECS, Limits

#: Back-edges and calls between two looks at the clock.
CHECK_INTERVAL = 2000
#: The budget of sandbox code run after the end of a run (see :meth:`Meter.epilogue`):
#: enough for any sane ``__str__``, little enough that a loop ends at once.
EPILOGUE_STEPS = 100_000
EPILOGUE_SECONDS = 1.0
#: Seconds between two looks at the growth signals (see :meth:`Meter.probe_memory`).
PROBE_SECONDS = 0.01
#: A walk prompted by a growth signal waits until this many times the last walk's
#: cost has passed since it: the walks take at most 1 / (1 + WALK_RATIO) of the time.
WALK_RATIO = 1
#: Without any growth signal, the sandbox is walked again after this many times the
#: last walk's cost, and no sooner than WALK_PERIOD seconds: memory the program took
#: where the process had freed some (its own, or another sandbox's) grows no signal.
IDLE_WALK_RATIO = 20
WALK_PERIOD = 0.5
#: Bytes counted for each new block of the host's small-object allocator: most of
#: what a program makes one item at a time (ints, small tuples, lists, instances)
#: lives there, and it may reuse memory the resident set already counts.
BLOCK_BYTES = 48

#: Host re-entries nested at once.  Host machinery that runs sandbox code (an operator
#: calling a user ``__add__``, ``repr`` or a sort calling user code, a generator
#: resuming another) re-enters the host interpreter in C, which costs host stack that
#: the sandbox depth limit does not count.  In Pyodide that stack is the JavaScript
#: engine's (about 1 MB in V8), which the CPython underneath does not watch: overflowing
#: it is a fatal error of the whole runtime, after about 120 levels of ``__add__``
#: recursion.  There RecursionError comes at this many re-entries instead; on CPython
#: the worker thread's large stack and the host recursion limit protect enough.
MAX_NESTED = 64 if sys.platform == "emscripten" else 1_000_000_000

#: The host recursion limit while a sandbox runs is ``HOST_FRAMES_PER_FRAME`` host frames
#: per sandbox frame the program may use (its recursion limit), plus ``HOST_MARGIN`` and
#: the host frames below the sandbox.  A sandbox call costs about five host frames (40,000
#: sandbox frames reach 200,000 host ones), so the sandbox's own RecursionError always
#: comes first.  The limit is not simply huge because C code that recurses over nested
#: data (``repr``, ``==``, ``hash`` of a list nested 300,000 deep) counts against it too,
#: and CPython's ``repr`` of nested lists is quadratic in the depth: at a fixed 200,000
#: it ran 11 s as one host call before its RecursionError.
HOST_FRAMES_PER_FRAME = 10
HOST_MARGIN = 5_000


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
    Pyodide the WebAssembly heap in use); None elsewhere.  Process-wide, so only a
    signal that a sandbox may have grown, never its own figure."""
    return _read_statm() if _read_statm is not None else None


def _compute_clock() -> Callable[[], float]:
    """The clock of ``timeout``: the processor time of the calling thread on CPython
    servers, where every step runs on the worker thread (so a loaded machine, whose
    clock runs on while the sandbox waits for a processor, does not shorten the budget:
    ``max_wall`` is the limit on the clock); the clock itself in Pyodide, whose thread
    clock is not the processor's."""
    if sys.platform == "emscripten":
        return time.perf_counter
    try:
        time.thread_time()
    except OSError:  # pragma: no cover - a platform without per-thread processor time
        return time.perf_counter
    return time.thread_time


#: See :func:`_compute_clock`.
compute_clock = _compute_clock()


class Meter:
    """Counters and limits for one sandbox (shared by all its runs)."""

    #: How many standard-library modules the sandbox is importing now (the loader,
    #: ``stdlib/_source.py``, counts them).  The second tier does not count the work
    #: bodies do meanwhile towards compiling them (``hostcode._Warm.promote``): a module
    #: body runs once per sandbox, and what it calls (enum's ``Enum.__new__`` and
    #: ``Flag.__or__``, ``re``'s ``_compile`` for json's patterns) reached the threshold
    #: in every sandbox's ``import json``, whose second-tier builds were a tenth of it.
    #: (Not at the tests' threshold 1, which compiles every body it can.)
    importing = 0

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
        #: What ``timeout`` counts (see :func:`_compute_clock`); ``clock`` is the wall's.
        self.cpu = compute_clock
        self.countdown = CHECK_INTERVAL
        self.depth = 0
        #: Host re-entries in progress, and their limit (see MAX_NESTED).
        self.nested = 0
        self.max_nested = MAX_NESTED
        #: The host thread that runs this sandbox's steps (set by the session; None:
        #: any), so that code the garbage collector triggers elsewhere does not run.
        self.thread: int | None = None
        #: Bytes the sandbox held at the last walk: kept from one run to the next, like
        #: the globals it mostly measures.
        self.live = 0
        #: Host frames below the sandbox's step (set by the session when it activates).
        self.host_base = 0
        self.reset()

    def reset(self) -> None:
        """Start the counters of a new run."""
        self.steps = 0
        self.output = 0
        self.host_calls = 0
        self.compute_time = 0.0
        self.stop_requested = False
        #: A hard limit hit where it could not end the run (inside a ``__del__`` the
        #: host's garbage collector ran): raised again at the next check.
        self.tripped: LimitExceeded | None = None
        self.countdown = CHECK_INTERVAL
        # The module's own frame counts, as in CPython: at the default limit of 1000 a
        # RecursionError leaves 999 function frames (and a traceback of 1000 entries).
        self.depth = 1
        self.nested = 0
        self._resumed_at = self.clock()
        self._resumed_cpu = self.cpu()
        self._last_slice = self._resumed_at
        self._last_probe = self._resumed_at
        #: When the run started on the wall clock, and the seconds since spent waiting
        #: for ``input()`` (a person's time), which ``max_wall`` does not count.
        self.wall_started = self._resumed_at
        self.wall_excluded = 0.0
        #: The most the sandbox held during this run (bytes, as the walks measured it).
        self.peak_memory = 0
        #: Bytes the capped operations announced since the last walk.
        self.pending = 0
        #: Walks done in this run and the seconds they took (for the benchmarks).
        self.walks = 0
        self.walk_time = 0.0
        self._mark_growth()
        self._walk_cost = 0.0
        self._walked_at = 0.0
        self._next_walk = time.perf_counter() + WALK_PERIOD

    # Time spent waiting for the host does not count as compute: drivers call
    # pause() before handing a request to the host and resume() when they continue.
    def pause(self) -> None:
        now = self.cpu()
        self.compute_time += now - self._resumed_cpu
        self._resumed_cpu = now
        self._resumed_at = self.clock()

    def resume(self) -> None:
        self._resumed_at = self.clock()
        self._resumed_cpu = self.cpu()
        self._last_slice = self._resumed_at

    def elapsed(self) -> float:
        return self.compute_time + (self.cpu() - self._resumed_cpu)

    def wall_remaining(self) -> float | None:
        """Seconds left before ``max_wall`` ends the run; None without that limit.  The
        drivers bound their waits on the host with it: a sleep or a host operation
        that never settles must not outlive the run."""
        if self.max_wall is None:
            return None
        return self.max_wall - (self.clock() - self.wall_started - self.wall_excluded)

    def wall_limit(self) -> LimitExceeded:
        return self.hit("max_wall", f"wall-clock limit exceeded ({self.max_wall:g} s)")

    @contextmanager
    def epilogue(self) -> Iterator[None]:
        """Run sandbox code that the host needs after the run ended (the ``str()`` of a
        ``SystemExit`` code it prints) under a small fixed budget of its own.

        The run's own budgets may be unlimited, or spent (the ``str()`` would then
        fail at once), or mostly left (a loop there would run for all of it, after
        the end): none of them is the right one.  The code runs under this meter, so
        every check applies, but with EPILOGUE_STEPS steps and EPILOGUE_SECONDS of
        compute, no wall limit and no pending Stop; the run's counters come back after.
        """
        names = (
            "steps",
            "countdown",
            "max_steps",
            "timeout",
            "max_wall",
            "compute_time",
            "stop_requested",
            "tripped",
        )
        saved = [getattr(self, name) for name in names]
        resumed_at, resumed_cpu = self._resumed_at, self._resumed_cpu
        self.steps, self.countdown, self.compute_time = 0, CHECK_INTERVAL, 0.0
        self.max_steps, self.timeout, self.max_wall = EPILOGUE_STEPS, EPILOGUE_SECONDS, None
        self.stop_requested = False
        self.tripped = None
        self._resumed_at = self.clock()
        self._resumed_cpu = self.cpu()
        try:
            yield
        finally:
            for name, value in zip(names, saved):
                setattr(self, name, value)
            self._resumed_at, self._resumed_cpu = resumed_at, resumed_cpu

    def check(self) -> bool:
        """Refill the countdown and enforce the limits; True when a time slice is due."""
        self.steps += CHECK_INTERVAL - self.countdown
        self.countdown = CHECK_INTERVAL
        now = self.overdue()
        if now - self._last_probe >= PROBE_SECONDS and self.max_memory is not None:
            self._last_probe = now
            self.probe_memory()
        if self.slice_seconds is not None and now - self._last_slice >= self.slice_seconds:
            self._last_slice = now
            return True
        return False

    def overdue(self) -> float:
        """End the run (raise) if a hard limit, Stop, the step, time or wall limit is due;
        else the clock's time.  :meth:`check` starts with this, and so does a long host
        operation that cannot give a time slice, as it goes (a memory walk)."""
        if self.tripped is not None:
            raise LimitExceeded(self.tripped.limit, self.tripped.message)
        if self.stop_requested:
            raise self.hit("stopped", "the run was stopped")
        if self.max_steps is not None and self.steps > self.max_steps:
            raise self.hit("max_steps", f"step limit exceeded ({self.max_steps} steps)")
        now = self.clock()
        if self.timeout is not None and self.compute_time + (self.cpu() - self._resumed_cpu) > self.timeout:
            raise self.hit("timeout", f"time limit exceeded ({self.timeout:g} s)")
        if self.max_wall is not None and now - self.wall_started - self.wall_excluded > self.max_wall:
            raise self.wall_limit()
        return now

    def hit(self, limit: str, message: str) -> LimitExceeded:
        """The LimitExceeded that ends the run (to raise), recorded: once a hard limit
        is hit, sandbox code the unwinding would trigger (a finaliser, a dropped
        generator's ``finally``) no longer runs, and every later check raises again."""
        error = LimitExceeded(limit, message)
        if self.tripped is None:
            self.tripped = LimitExceeded(limit, message)
        return error

    def trip(self, limit: LimitExceeded) -> None:
        """Remember a hard limit that could not end the run where it was hit, and
        make the next back-edge or call check (and raise it) at once."""
        self.hit(limit.limit, limit.message)
        self.steps -= self.countdown  # count_steps() stays the same
        self.countdown = 0

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
            raise self.hit("max_host_calls", f"host call limit exceeded ({self.max_host_calls} calls)")

    def add_output(self, n: int) -> None:
        self.output += n
        if self.max_output is not None and self.output > self.max_output:
            raise self.hit("max_output", f"output limit exceeded ({self.max_output} bytes)")

    # -- memory ------------------------------------------------------------------------
    # max_memory bounds what this sandbox holds, measured by a walk of what it can reach
    # (interp.runtime.accounting).  Walks cost time in proportion to the heap, so they
    # run only when a signal says the sandbox may have grown by half of what the budget
    # still allows: the bytes the capped operations announce (exact, and per sandbox),
    # the growth of the process (resident set, WebAssembly heap, live small blocks;
    # process-wide, so another tenant's growth only costs this one an earlier walk,
    # never a limit: the resident set is now only this signal), and at last plain time.
    # Only the walk's figure ends a run, or refuses an allocation (see reconcile).

    def _mark_growth(self) -> None:
        """Remember the process-wide figures the next growth is measured from."""
        self._resident_at_walk = resident_memory()
        self._blocks_at_walk = sys.getallocatedblocks()
        budget = self.max_memory
        if budget is None:
            self.walk_at = sys.maxsize
        else:
            # Near the limit, half the headroom is little: walks of a heap as large as
            # the budget would follow one another, so a floor of 1/32 of the budget.
            self.walk_at = max((budget - self.live - self.pending) // 2, budget >> 5)

    def _growth(self) -> int:
        """Bytes the process grew by since the last walk (an estimate, process-wide)."""
        grown = (sys.getallocatedblocks() - self._blocks_at_walk) * BLOCK_BYTES
        used = resident_memory()
        if used is not None and self._resident_at_walk is not None:
            grown = max(grown, used - self._resident_at_walk)
        return grown

    def probe_memory(self) -> None:
        """Walk the sandbox when the process grew by half of its headroom (after the
        walks' share of time has passed), or when it was not walked for long."""
        now = time.perf_counter()
        if self.pending + self._growth() > self.walk_at:
            if now - self._walked_at >= WALK_RATIO * self._walk_cost:
                self.reconcile(0)
        elif now >= self._next_walk:
            self.reconcile(0)

    def reconcile(self, incoming: int) -> None:
        """Measure what the sandbox holds, plus ``incoming`` bytes about to be allocated;
        end the run when that passes max_memory."""
        budget = self.max_memory
        if budget is None:
            return
        started = time.perf_counter()
        measure = links.measure_sandbox  # None until bootstrap.load() (bare runtime use)
        live = measure(sys._getframe(1), budget - incoming, self.overdue) if measure is not None else None
        if live is None:  # no sandbox to measure: single allocations only are checked
            self.pending = 0
            self._mark_growth()
            return
        now = time.perf_counter()
        self._walk_cost = cost = now - started
        self._walked_at = now
        self._next_walk = now + max(WALK_PERIOD, IDLE_WALK_RATIO * cost)
        self.walks += 1
        self.walk_time += cost
        self.live = live
        held = live + incoming
        if held > budget and incoming > budget // 2:
            # One allocation of the size of the budget is refused as CPython refuses
            # one its allocator cannot serve: nothing was taken, the program may go on.
            self.pending = 0
            self.peak_memory = max(self.peak_memory, live)
            self._mark_growth()
            raise MemoryError(f"cannot allocate {incoming} bytes (memory limit {budget} bytes)")
        self.pending = incoming
        if held > self.peak_memory:
            self.peak_memory = held
        if held > budget:
            # What the program accumulated is over: a hard limit, as time and steps are.
            raise self.hit("max_memory", f"memory limit exceeded ({budget} bytes)")
        self._mark_growth()

    def allocate(self, size: int) -> None:
        """Announce ``size`` bytes (estimated) about to be allocated; walk the sandbox
        at once when they may take it over its budget."""
        self.pending += size
        if self.pending > self.walk_at:
            if self.live + self.pending > self.max_memory + (self.max_memory >> 5) or (
                time.perf_counter() - self._walked_at >= WALK_RATIO * self._walk_cost
            ):
                self.reconcile(size)

    def check_allocation(self, size: int) -> None:
        """Refuse one allocation of ``size`` bytes (estimated) that exceeds the memory budget.

        Called before host operations whose result size the program controls
        (``'a' * n``, ``[0] * n``, ``2 ** n``, ``range`` materialisation).  One that fits
        is announced to the accounting (:meth:`allocate`).
        """
        if self.max_memory is not None:
            if size > self.max_memory:
                raise MemoryError(f"cannot allocate {size} bytes (memory limit {self.max_memory} bytes)")
            self.allocate(size)


class IdleMeter(Meter):
    """The meter while no sandbox steps: sandbox code never runs under it.

    Every door the host has to sandbox code outside its own step (a finaliser the
    garbage collector runs, a dunder a host container calls) asks
    :func:`~interp.runtime.functions.in_own_step` first and drops or refuses the call.
    This is the backstop for a door missed: code that ran here would have no budget
    at all, and one loop would hang the host.  Its countdown is always spent, so the
    first call or back-edge checks, and the check refuses.  Parsing and compiling
    outside a run (the loader's shared module code) report no work to it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.countdown = 0

    def reset(self) -> None:
        super().reset()
        self.countdown = 0

    def overdue(self) -> float:
        self.countdown = 0
        raise LimitExceeded("idle", "sandbox code cannot run outside a run")

    def check(self) -> bool:
        self.overdue()
        return False


#: The meter when no run is in progress (see :class:`IdleMeter`).
IDLE: Meter = IdleMeter()

#: The meter of the run in progress.  The interpreter runs one program at a time per
#: host thread of control; drivers swap this when they switch between sandboxes.
current: Meter = IDLE


def host_recursion_limit(m: Meter) -> int:
    """The host recursion limit that lets ``m``'s program reach its own recursion limit."""
    return m.host_base + HOST_FRAMES_PER_FRAME * m.max_depth + HOST_MARGIN


def activate(meter: Meter) -> Meter:
    """Make ``meter`` the current one and return the previous one."""
    global current
    previous = current
    current = meter
    return previous


#: Units of parsing and compiling reported since the last check (see _report_work).
_pending_work = 0


def _report_work(units: int) -> None:
    """Parsing and compiling report here (interp/syntax/budget.py). No budget check of
    the program's own comes while one host call reads a long source, so every
    CHECK_INTERVAL units (about 2 ms) the limits are checked from inside the work: a
    time limit, the wall limit or a Stop ends it. The work is not counted as steps:
    ``max_steps`` bounds what the program runs, and a long program that runs little
    is no reason to stop it (the compile of a function body on its first call, and
    ``exec``, count their own steps: definitions.py, hooks.py)."""
    global _pending_work
    _pending_work += units
    if _pending_work < CHECK_INTERVAL:
        return
    _pending_work = 0
    m = current
    if m is IDLE:
        return
    steps, countdown = m.steps, m.countdown
    m.check()
    m.steps, m.countdown = steps, countdown


budget.hook = _report_work


def charge_scan(size: int, shift: int) -> None:
    """Count a host scan over ``size`` items (bytes, characters, list items) as about
    ``size >> shift`` steps.  The budgets are checked every CHECK_INTERVAL steps; without
    this a loop of 2,000 searches of a 30 MB string would run a minute between checks."""
    current.countdown -= size >> shift


#: Results larger than this many bytes (estimated) raise MemoryError even without a
#: memory limit: a single host operation must never take unbounded time or memory.
HARD_CAP = 1 << 30


def cap(nbytes: int) -> None:
    """Refuse a result of ``nbytes`` (estimated) over the hard cap or the memory limit.

    Called before every host operation whose result size the program controls
    (``'a' * n``, ``[0] * n``, ``2 ** n``, ``str.ljust``, ``range`` materialisation).
    The size also tells the accounting that the sandbox is about to grow.
    """
    if nbytes > HARD_CAP:
        raise MemoryError(f"result too large ({nbytes} bytes)")
    m = current
    # Making it takes time too: about a microsecond (a step) per KiB.
    m.countdown -= nbytes >> 10
    if m.max_memory is not None:
        m.check_allocation(nbytes)


def ascii_text(obj: Any) -> str:
    """``ascii(obj)`` with its size checked first: the escapes of non-ASCII text take up
    to ten bytes a character (``\\U0001f600``), two and a half times what an astral
    character costs in a ``str``, four times what a Latin-1 one does."""
    if type(obj) is str:
        text = obj
        if not text.isascii():
            cap(len(text) * _escape_width(text))
        elif not text.isprintable():
            cap(len(text) * 4)
        return ascii(text)
    text = repr(obj)
    if text.isascii():
        return text
    cap(len(text) * _escape_width(text))
    return text.encode("ascii", "backslashreplace").decode("ascii")


def _escape_width(text: str) -> int:
    """Characters of the widest escape ``ascii`` writes for a character of ``text``."""
    widest = max(text)
    return 4 if widest <= "\xff" else 6 if widest <= "\uffff" else 10
