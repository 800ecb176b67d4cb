import asyncio

async def slow(log):
    try:
        log.append("slow start")
        await asyncio.sleep(10)
        log.append("slow end")
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise
    finally:
        log.append("slow finally")

async def quick():
    await asyncio.sleep(0.01)
    return "quick result"

async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(quick(), timeout=5))
    print(await asyncio.wait_for(quick(), timeout=None))
    log2 = []
    t = asyncio.create_task(slow(log2))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout, task cancelled:", t.cancelled())
    print(log2)
    done = asyncio.create_task(quick())
    await asyncio.sleep(0.2)
    print(await asyncio.wait_for(done, 0))

asyncio.run(main())
