import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0), child("b", 10), child("c", 10))
    await asyncio.sleep(0.15)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled:", g.cancelled())

    g2 = asyncio.gather(child("x", 10), child("y", 0), return_exceptions=True)
    await asyncio.sleep(0.05)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 CancelledError")

    inner = asyncio.create_task(child("z", 10))
    g3 = asyncio.gather(inner, child("w", 0), return_exceptions=True)
    await asyncio.sleep(0.05)
    inner.cancel()
    print([type(r).__name__ for r in await g3])

asyncio.run(main())
