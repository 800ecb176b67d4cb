"""Runs inside the sandbox: gathers several slow host capabilities at once.

The host grants two async capabilities, ``forecast(city)`` and ``population(city)``
(see run_gather.py).  Each takes a while on the host; gathered, they run
concurrently, so the whole report takes about as long as the slowest call.
"""

import asyncio

CITIES = ["Lisbon", "Oslo", "Nairobi", "Lima"]


async def report(city):
    weather, people = await asyncio.gather(forecast(city), population(city))
    return f"{city:8} {weather['sky']:7} {weather['high']:3}°C  {people:>10,} people"


async def main():
    lines = await asyncio.gather(*(report(city) for city in CITIES))
    for line in lines:
        print(line)
    try:
        await asyncio.wait_for(forecast("Atlantis"), timeout=1)
    except LookupError as error:
        print("no forecast:", error)


asyncio.run(main())
