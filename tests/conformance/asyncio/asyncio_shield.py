import asyncio

async def important(log):
    log.append("important start")
    await asyncio.sleep(0.1)
    log.append("important done")
    return 42

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print("inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    print(log)
    try:
        await asyncio.wait_for(asyncio.shield(important(log)), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out but shielded work continues")
    await asyncio.sleep(0.3)
    print(log[-2:])
    done = asyncio.create_task(important([]))
    await done
    print("shield of done task is the task:", asyncio.shield(done) is done)

asyncio.run(main())
