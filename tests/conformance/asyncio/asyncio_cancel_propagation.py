import asyncio
log = []
async def child(n):
    try:
        await asyncio.sleep(100)  # never ends by itself: only a cancel ends it
    except asyncio.CancelledError:
        log.append(f"child{n} cancelled")
        await asyncio.sleep(0)
        log.append(f"child{n} cleanup done")
        raise
async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        log.append("parent sees CancelledError")
        raise
async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        log.append("main: parent cancelled")
    async def outer():
        try:
            return await asyncio.wait_for(child(3), 100)
        except asyncio.CancelledError:
            log.append("outer cancelled during wait_for")
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    async def tg_parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(4))
            tg.create_task(child(5))
    mark = len(log)
    t = asyncio.create_task(tg_parent())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True))
    log[mark:] = sorted(log[mark:])  # TaskGroup cancels its tasks in set (address) order
    async def nested():
        # The outer deadline is set only once the inner one has fired: with two fixed
        # deadlines, a loaded machine could let both pass before the loop runs again.
        async with asyncio.timeout(None) as outer:
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(100)
            except TimeoutError:
                log.append("inner timeout")
            outer.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(100)
    try:
        await nested()
    except TimeoutError:
        log.append("outer timeout")
    for line in log:
        print(line)
asyncio.run(main())
