"""Tests that drive the runtime directly (no Session) run their sandbox code under a
meter of their own: the idle meter refuses to run any (interp.runtime.meter.IdleMeter)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interp.runtime import meter


@pytest.fixture(autouse=True)
def test_meter() -> Iterator[meter.Meter]:
    """A fresh unlimited meter, current for the test (sessions swap in their own and back)."""
    own = meter.Meter()
    saved = meter.activate(own)
    try:
        yield own
    finally:
        meter.activate(saved)
