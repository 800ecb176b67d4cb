"""Helpers shared by the host API tests (``test_sandbox``, ``test_capabilities_async``)."""

from __future__ import annotations

import asyncio
import threading


class WaitingCapability:
    """An async capability that waits on the host until it is cancelled.

    ``started`` is set when a call begins; ``cancelled`` when the host task of a call is
    cancelled (a thread event: the tests read it from outside the sandbox's loop).
    """

    def __init__(self, seconds: float = 30.0) -> None:
        self.seconds = seconds
        self.started = asyncio.Event()
        self.cancelled = threading.Event()

    async def forever(self) -> None:
        self.started.set()
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled.set()
            raise
