import asyncio
async def main():
    b = asyncio.Barrier(3)
    log = []
    async def party(i):
        log.append(f"arrive {i}")
        r = await b.wait()
        log.append(f"pass {i} {r}")
    await asyncio.gather(*(party(i) for i in range(3)))
    print(log)
    print(b.n_waiting, b.broken, b.parties)
    # Condition wait cancellation
    cond = asyncio.Condition()
    async def w():
        async with cond:
            await cond.wait()
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cond waiter cancelled", cond.locked())
    sem = asyncio.Semaphore(1)
    async def hold(n):
        async with sem:
            await asyncio.sleep(0)
            return n
    ts = [asyncio.create_task(hold(i)) for i in range(4)]
    await asyncio.sleep(0)
    ts[2].cancel()
    print(await asyncio.gather(*ts, return_exceptions=True))
    lock = asyncio.Lock()
    q = asyncio.Queue()
    q.put_nowait(1)
asyncio.run(main())
