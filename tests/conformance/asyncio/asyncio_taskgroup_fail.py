import asyncio

async def sibling(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise

async def failer(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1"))
            tg.create_task(failer(0.01, ValueError("boom")))
            await asyncio.sleep(10)
    except* ValueError as eg:
        print("caught group:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            # Both fail in the same turn of the event loop (sleep(0), not timers that a
            # loaded machine may fire in different turns), so both are in the group.
            tg.create_task(failer(0, KeyError("k")))
            tg.create_task(failer(0, ValueError("v")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    print("main continues")

asyncio.run(main())
