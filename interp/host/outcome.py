"""How a run ended: what a session hands its driver and the driver hands the caller.

A module of its own so that the driver needs nothing else of the session at run time
(the session runs programs with the driver, so the driver must not import it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Outcome:
    """How a run ended.

    Every field but ``value`` and ``error`` reaches the host as it is (a Result, a
    JSON answer to a page), so each is an exact builtin value: a subclass of str or
    int would be an object of the program's, whose methods (``__reduce_ex__`` in a
    copy, ``__format__`` in an f-string) the host would run later, unmetered.  The
    session makes them exact; ``__post_init__`` is the boundary's last word.
    """

    ok: bool
    # The program's own objects: never in repr(), which the host runs where no meter
    # is (asyncio shows a task's result in its repr), and which for an exception group
    # of shared members would walk every path through it.
    value: Any = field(default=None, repr=False, compare=False)
    error: BaseException | None = field(default=None, repr=False, compare=False)
    error_type: str | None = None
    message: str | None = None
    line: int | None = None
    traceback: str | None = None
    limit: str | None = None
    stats: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ok = self.ok is True
        self.error_type = exact_str(self.error_type)
        self.message = exact_str(self.message)
        self.traceback = exact_str(self.traceback)
        self.limit = exact_str(self.limit)
        line = self.line
        if line is not None and type(line) is not int:
            self.line = int.__index__(line) if issubclass(type(line), int) else None


def exact_str(text: Any) -> str | None:
    """``text`` as an exact str (its characters, read without running any of its
    methods), None for None, and a stand-in for anything else."""
    if text is None or type(text) is str:
        return text
    if issubclass(type(text), str):
        return str.__str__(text)
    return "<not a str>"
