import asyncio

async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        await lifo.put(x)
        prio.put_nowait((x % 3, x))
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    print([await prio.get() for _ in range(5)])
    q = asyncio.Queue(1)
    q.put_nowait("a")
    print("full:", q.full(), "maxsize:", q.maxsize)
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    async def getter():
        return await q.get()

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.put_nowait("late")
    print(await t)
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get timed out, empty:", q.empty())

asyncio.run(main())
