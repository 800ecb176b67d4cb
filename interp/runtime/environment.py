"""The parts of the outside world the host controls: the clock, randomness, the console.

Sandboxed code never reads the host's clock or entropy directly (DESIGN.md,
invariant 3).  ``time``, ``random`` and ``asyncio`` ask the current
:class:`Environment`, which the host configures per sandbox:

- the real mode reads the host clocks and seeds ``random`` from host entropy;
- the deterministic mode runs a virtual clock and a fixed seed, so that the same
  program given the same capability answers prints the same thing every time.  The
  virtual clock starts at a fixed date, moves forward by what the program sleeps (the
  driver advances it instead of sleeping) and by one microsecond per metered step,
  so that busy-waiting on the clock still ends.
"""

from __future__ import annotations

import os
import time
from typing import Any

from . import meter

#: Start of the virtual wall clock: 2000-01-01T00:00:00Z.
VIRTUAL_EPOCH = 946_684_800.0
#: Virtual seconds per metered step in deterministic mode.
STEP_SECONDS = 1e-6


class Environment:
    """Clock and entropy for one sandbox."""

    def __init__(self, *, deterministic: bool = False, seed: Any = None) -> None:
        self.deterministic = deterministic
        self.seed = seed if seed is not None or not deterministic else 0
        #: Virtual seconds slept or waited so far (deterministic mode only).
        self.slept = 0.0
        #: Where ``sys.stdout`` and ``sys.stderr`` write (set by the host for its runs).
        self.write_out: Any = _discard
        self.write_err: Any = _discard
        #: The sandbox's ``sys`` namespace once imported (print() reads ``stdout`` there
        #: at each call, as CPython does), and its default console streams.
        self.sys_namespace: dict | None = None
        self.console_out: Any = None
        self.console_err: Any = None
        #: ``format_exception(error)``: the traceback text CPython would print (the
        #: sandbox's ``traceback`` module uses the host's one formatter through it).
        self.format_exception: Any = None
        #: File name -> source lines of the code this sandbox compiled (its programs and
        #: the standard modules it loaded): what the sandbox's ``linecache`` reads.
        self.sources: dict = {}
        #: ``unraisable(error, where)`` reports an exception nothing can catch (raised
        #: by a ``__del__``), as CPython's ``sys.unraisablehook`` prints it.
        self.unraisable: Any = _ignore_unraisable
        #: Names a method call of this sandbox found as a sandbox function on the
        #: object's class (:func:`.attributes.plain_method`): the second tier runs a
        #: method in place only at the call sites of these names.
        self.sandbox_methods: set[str] = set()

    # -- clocks ----------------------------------------------------------------------
    def _virtual(self) -> float:
        return self.slept + meter.current.count_steps() * STEP_SECONDS

    def time(self) -> float:
        """Seconds since the epoch (``time.time``)."""
        if self.deterministic:
            return VIRTUAL_EPOCH + self._virtual()
        return time.time()

    def monotonic(self) -> float:
        """A clock that never goes back (``time.monotonic``, the event loop's clock)."""
        if self.deterministic:
            return self._virtual()
        return time.monotonic()

    def perf_counter(self) -> float:
        if self.deterministic:
            return self._virtual()
        return time.perf_counter()

    def process_time(self) -> float:
        """Compute time of the run: the meter's, so waiting for the host does not count."""
        if self.deterministic:
            return meter.current.count_steps() * STEP_SECONDS
        return meter.current.elapsed()

    def advance(self, seconds: float) -> None:
        """The driver slept ``seconds`` on the program's behalf (virtual clock only)."""
        if seconds > 0:
            self.slept += seconds

    # -- randomness ------------------------------------------------------------------
    def random_seed(self) -> Any:
        """Seed for a new ``random`` generator: the configured one, else host entropy."""
        if self.seed is not None:
            return self.seed
        return int.from_bytes(os.urandom(16), "big")


def _discard(text: str) -> None:
    return None


def _ignore_unraisable(error: BaseException, where: str) -> None:
    return None


#: The environment of the run in progress (swapped by drivers, like ``meter.current``).
current: Environment = Environment()


def activate(environment: Environment) -> Environment:
    """Make ``environment`` the current one and return the previous one."""
    global current
    previous = current
    current = environment
    return previous
