"""How a run ended: what a session hands its driver and the driver hands the caller.

A module of its own so that the driver needs nothing else of the session at run time
(the session runs programs with the driver, so the driver must not import it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Outcome:
    """How a run ended."""

    ok: bool
    value: Any = None
    error: BaseException | None = None
    error_type: str | None = None
    message: str | None = None
    line: int | None = None
    traceback: str | None = None
    limit: str | None = None
    stats: dict = field(default_factory=dict)
