import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    async def getter(n):
        return (n, await q.get())
    g1 = asyncio.create_task(getter(1))
    g2 = asyncio.create_task(getter(2))
    g3 = asyncio.create_task(getter(3))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("a")
    await asyncio.sleep(0)
    print(g2.done(), g3.done())
    await q.put("b")
    print(await g2, await g3)
    await q.put("x")
    async def putter():
        await q.put("y")
        return "put y"
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(q.get_nowait(), await p, q.get_nowait())
    ev = asyncio.Event()
    async def w(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ws[1].cancel()
    ev.set()
    print(await asyncio.gather(*ws, return_exceptions=True))
    sh_inner = asyncio.create_task(asyncio.sleep(0.05, "inner"))
    sh = asyncio.shield(sh_inner)
    sh_inner.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield outer cancelled because inner was")
    print("all tasks", len(asyncio.all_tasks()))
asyncio.run(main())
