# Queue waiters: cancelled getters and putters pass their wake-up on; task_done/join counts.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    log = []
    async def getter(name):
        try:
            log.append(f"{name} got {await q.get()}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
    getters = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait("x")  # wakes g0 ...
    getters[0].cancel()  # ... which leaves before running: g1 gets it instead
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, [t.done() for t in getters])
    q.put_nowait("y")
    await asyncio.sleep(0)
    print(log, q.empty())
    q.put_nowait("full")
    async def putter(item):
        await q.put(item)
        log.append(f"put {item}")
    putters = [asyncio.create_task(putter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("putters waiting:", q.full(), str(q))
    print(q.get_nowait())
    putters[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-1], [t.cancelled() for t in putters])
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(log[-1], q.qsize())
    print("unfinished before:", str(q))
    for _ in range(5):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0)
            log.append(f"done {item}")
            q.task_done()
    w = asyncio.create_task(worker())
    for i in range(3):
        await q.put(i)
    await q.join()
    print(log[-3:], str(q))
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)

asyncio.run(main())
