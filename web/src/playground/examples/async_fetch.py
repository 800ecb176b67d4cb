# Async capabilities: fetch_json, gathered concurrently
# The page lends this sandbox an async capability,
# fetch_json(path), which answers from a small API inside the
# page after a delay. Awaited one after the other, the delays
# add up; gathered with asyncio, the calls run at the same time.

import asyncio
import time


async def one_by_one(paths):
    return [await fetch_json(path) for path in paths]


async def all_at_once(paths):
    return await asyncio.gather(*[fetch_json(p) for p in paths])


async def main():
    paths = ["/users/1", "/users/2", "/users/3"]

    start = time.monotonic()
    await one_by_one(paths)
    print(f"one by one:  {time.monotonic() - start:.2f} s")

    start = time.monotonic()
    users = await all_at_once(paths)
    print(f"all at once: {time.monotonic() - start:.2f} s")

    for user in users:
        print(f"  {user['name']:8} likes {', '.join(user['likes'])}")

    weather = await fetch_json("/weather/Lisbon")
    print(f"Lisbon: {weather['sky']}, {weather['high']} °C")

    try:
        await fetch_json("/users/42")
    except LookupError as error:
        print("a rejected call raises in Python:", error)


asyncio.run(main())
