"""The host side of gather_capabilities.py: grants two slow async capabilities and runs
the program with ``Sandbox.run_async``.

    python examples/run_gather.py

Eight host calls of 0.2-0.3 s each finish in about 0.3 s, because the sandbox's
``asyncio.gather`` starts them all at once on the host's event loop.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import interp  # noqa: E402

PROGRAM = Path(__file__).with_name("gather_capabilities.py")

WEATHER = {"Lisbon": ("sunny", 24), "Oslo": ("snow", -3), "Nairobi": ("rain", 22), "Lima": ("cloudy", 19)}
PEOPLE = {"Lisbon": 545_923, "Oslo": 709_037, "Nairobi": 4_397_073, "Lima": 10_092_000}


async def forecast(city: str) -> dict:
    """A slow service: 0.3 s per call."""
    await asyncio.sleep(0.3)
    if city not in WEATHER:
        raise KeyError(f"unknown city {city!r}")
    sky, high = WEATHER[city]
    return {"sky": sky, "high": high}


async def population(city: str) -> int:
    await asyncio.sleep(0.2)
    return PEOPLE[city]


CAPABILITIES = {"forecast": forecast, "population": population}


async def main() -> int:
    sandbox = interp.Sandbox(capabilities=CAPABILITIES)
    started = time.perf_counter()
    result = await sandbox.run_async(PROGRAM.read_text(), str(PROGRAM))
    elapsed = time.perf_counter() - started
    sys.stdout.write(result.stdout)
    if not result.ok:
        sys.stderr.write(result.stderr)
        return 1
    print(f"({result.stats['host_calls']} host calls in {elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
