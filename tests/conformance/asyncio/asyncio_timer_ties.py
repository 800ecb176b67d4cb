import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    for i in range(12):
        loop.call_at(now + 0.01 * (i % 3), log.append, i)
    hs = [loop.call_at(now + 0.005, log.append, f"h{i}") for i in range(5)]
    hs[1].cancel(); hs[3].cancel()
    await asyncio.sleep(0.2)
    print(log)
    print(hs[0] < hs[0], hs[0] == hs[0], hs[1].cancelled())
    h = loop.call_soon(print, "soon")
    h.cancel()
    loop.call_soon(print, "soon2", "x")
    await asyncio.sleep(0)
    def boom():
        raise ValueError("in callback")
    loop.call_soon(boom)
    loop.call_soon(print, "after boom")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(type(ctx["exception"]).__name__))
    loop.call_soon(boom)
    await asyncio.sleep(0)
    print(seen)
asyncio.run(main())
