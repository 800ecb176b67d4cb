"""The budgets of a run, declared once: :class:`Limits`.

Every place that names the limits derives them from here: the meter copies the fields,
the Pyodide glue takes each field's JavaScript name and unit from its metadata, and the
command line its flag.  The places written in other languages or in prose (``interp.js``,
``interp.d.ts``, the docs) are pinned to this list by ``tests/test_limit_surfaces.py``.

To add a limit: add a field here with :func:`limit`, and its check in :mod:`.meter`
(the driver and the sandbox forward :class:`Limits` whole); the surfaces test then
names each file that must list it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

MiB = 1024 * 1024

#: The recursion limit a program starts with, CPython's default; ``sys.setrecursionlimit``
#: moves it, up to ``max_depth``.
RECURSION_LIMIT = 1000
#: The default ceiling of the recursion limit: the deepest plain recursion that is safe on
#: both hosts with room to spare. Measured: 32,000 sandbox frames run in Pyodide in a
#: worker with 1 MiB of JavaScript stack, and on CPython 3.11 in the sandbox's worker
#: thread; at about 40,000 the host's own recursion limit ends the run with a clean
#: RecursionError. Code that the host's machinery calls back (dunders) nests less deep:
#: see ``meter.MAX_NESTED``.
MAX_DEPTH = 20_000

#: A Python unit -> (the suffix of the JavaScript option's name, the factor from the
#: JavaScript unit to the Python one).  Python takes seconds, JavaScript milliseconds.
_JS_UNITS: dict[str, tuple[str, float]] = {"seconds": ("Ms", 0.001)}


@dataclass(frozen=True)
class LimitSpec:
    """How one limit is spelled outside Python, kept in its field's metadata."""

    #: The camelCase name: JavaScript's ``error.limit`` (and its option, but for the unit).
    js: str
    #: What one unit counts: "seconds", "bytes", "steps", "frames", "calls".
    unit: str
    #: The command-line flag.
    flag: str
    #: What the limit counts, for ``--help``.
    help: str
    #: A hard limit ends the run (``error.limit`` names it); a soft one raises an exception
    #: the program may catch (``max_depth``: RecursionError).
    hard: bool = True
    #: Whether None (unlimited) is allowed.
    unlimited: bool = True
    #: The command line's default when it differs from :class:`Limits`' (``max_wall``:
    #: a terminal has no Stop button, an API caller has its own timeouts); None: the same.
    cli_default: float | None = None

    @property
    def js_option(self) -> str:
        """The key of the JavaScript ``limits`` option (``timeoutMs``)."""
        return self.js + _JS_UNITS[self.unit][0] if self.unit in _JS_UNITS else self.js

    @property
    def js_factor(self) -> float | None:
        """What to multiply the JavaScript option by to get the Python value; None: same unit."""
        return _JS_UNITS[self.unit][1] if self.unit in _JS_UNITS else None

    @property
    def integral(self) -> bool:
        return self.unit != "seconds"


def limit(default: Any, **spec: Any) -> Any:
    """A field of :class:`Limits` with its :class:`LimitSpec` (the keywords) as metadata."""
    return field(default=default, metadata={"limit": LimitSpec(**spec)})


@dataclass(frozen=True)
class Limits:
    """Budgets of a run.  ``None`` means unlimited.

    ``timeout`` counts seconds of sandbox compute: time spent waiting for the host or
    for input does not count.  On CPython servers it is the processor time of the
    thread that runs the sandbox, so a loaded machine does not shorten it; in Pyodide,
    the clock while the sandbox runs.  ``max_wall`` counts seconds of the clock on the wall
    from the start of the run, sleeps and waits for capabilities included (a host
    operation that never settles ends there), but not waits for ``input()``, which
    are a person's time, not the program's.  ``max_memory`` is an estimate in bytes
    (growth of the process while the program runs, and the size of each single
    allocation).  Time, wall time, steps, memory, output, host calls and Stop are
    hard limits: the program cannot catch them and its ``finally`` blocks do not run
    after them.
    """

    timeout: float | None = limit(
        10.0, js="timeout", unit="seconds", flag="--timeout", help="seconds of sandbox compute"
    )
    max_wall: float | None = limit(
        None,
        js="maxWall",
        unit="seconds",
        flag="--max-wall",
        help="seconds of wall-clock time, sleeps and waits for the host included, waits for input() not",
        cli_default=60.0,
    )
    max_steps: int | None = limit(
        None, js="maxSteps", unit="steps", flag="--max-steps", help="steps (calls and loop iterations)"
    )
    max_memory: int | None = limit(
        256 * MiB, js="maxMemory", unit="bytes", flag="--max-memory", help="bytes of memory, estimated"
    )
    max_depth: int = limit(
        MAX_DEPTH,
        js="maxDepth",
        unit="frames",
        flag="--max-depth",
        help="the most sandbox frames sys.setrecursionlimit may allow (RecursionError beyond)",
        hard=False,
        unlimited=False,
    )
    max_output: int | None = limit(
        1 * MiB, js="maxOutput", unit="bytes", flag="--max-output", help="bytes of output"
    )
    max_host_calls: int | None = limit(
        10_000, js="maxHostCalls", unit="calls", flag="--max-host-calls", help="capability calls"
    )

    @classmethod
    def unlimited(cls, **changes: Any) -> Limits:
        """Every limit that may be off turned off (then ``changes``): what a bare
        :class:`~interp.host.session.Session` or :class:`~.meter.Meter` runs with."""
        off = {name: None for name, spec in SPECS.items() if spec.unlimited}
        return replace(cls(), **{**off, **changes})


#: Field name -> its spelling outside Python, in declaration order.
SPECS: dict[str, LimitSpec] = {f.name: f.metadata["limit"] for f in fields(Limits)}


def describe(value: float | None, unit: str) -> str:
    """A limit's value as the docs and ``--help`` write it: ``unlimited``, ``256 MiB``, ``10``."""
    if value is None:
        return "unlimited"
    if unit == "bytes" and value >= MiB and value % MiB == 0:
        return f"{value // MiB} MiB"
    return f"{value:g}" if isinstance(value, float) else str(value)
