import asyncio
async def t(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append((name, e.args))
        raise
async def main():
    log = []
    a = asyncio.create_task(t("a", log))
    await asyncio.sleep(0)
    a.cancel("m1")
    a.cancel("m2")
    print(a.cancelling())
    try:
        await a
    except asyncio.CancelledError as e:
        print("outer", e.args)
    print(log)
    b = asyncio.create_task(t("b", log))
    b.cancel("before start")
    try:
        await b
    except asyncio.CancelledError as e:
        print("b", e.args)
    print(log)
    c = asyncio.create_task(asyncio.sleep(0.01, "c"))
    print(await asyncio.wait_for(c, 1))
    async def waits_then_cancelled():
        await asyncio.wait_for(asyncio.sleep(1), 5)
    d = asyncio.create_task(waits_then_cancelled())
    await asyncio.sleep(0.01)
    d.cancel()
    r = await asyncio.gather(d, return_exceptions=True)
    print(r)
    e = asyncio.create_task(asyncio.sleep(0.01, "e"))
    print(e.cancelled(), e.done())
    await e
    print(e.result(), e.exception())
    ex = asyncio.create_task(asyncio.sleep(-1))
    await ex
    f = asyncio.ensure_future(asyncio.sleep(0, "ff"))
    print(await f, asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TE", e)
    class Aw:
        def __await__(self):
            yield
            return "custom"
    print(await asyncio.ensure_future(Aw()))
    print(await asyncio.gather(Aw(), asyncio.sleep(0, 2)))
asyncio.run(main())
