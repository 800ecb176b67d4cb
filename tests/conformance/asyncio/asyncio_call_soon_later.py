import asyncio

log = []

async def main():
    loop = asyncio.get_running_loop()
    # The timers' order must not depend on a stall between two statements (a loaded
    # machine): the one call_later comes first, the later deadlines are taken from a
    # time read after it.
    loop.call_later(0.02, log.append, "later 0.02")
    h = loop.call_later(0.05, log.append, "later 0.05 (cancelled)")
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    start = loop.time()
    loop.call_at(start + 0.08, log.append, "at +0.08")
    loop.call_at(start + 0.15, log.append, "at +0.15")
    h.cancel()
    print("handle cancelled:", h.cancelled(), type(h).__name__)
    log.append("main before sleep")
    await asyncio.sleep(0)
    log.append("main after sleep(0)")
    await asyncio.sleep(0.3)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "via call_soon")
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "via call_later")
    print(await fut2)
    print("time moves forward:", loop.time() >= start)

asyncio.run(main())
for entry in log:
    print(entry)
