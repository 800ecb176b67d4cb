# wait_for: zero and negative timeouts, a task that ignores the cancel, outer cancellation.
import asyncio

async def job(name, steps):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    return name

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "refused to stop"

async def main():
    loop = asyncio.get_running_loop()
    for timeout in (0, -1):
        never = loop.create_future()
        try:
            await asyncio.wait_for(never, timeout)
        except TimeoutError as e:
            print("timeout", timeout, type(e.__cause__).__name__, never.cancelled())
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    print(await asyncio.wait_for(job("none", 2), None))
    print(await asyncio.wait_for(stubborn(), 0.01))
    async def outer():
        return await asyncio.wait_for(job("inner", 50), 10)
    task = asyncio.create_task(outer())
    for _ in range(3):
        await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outer cancelled:", task.cancelled())
    async def fails():
        await asyncio.sleep(0)
        raise LookupError("inner error")
    try:
        await asyncio.wait_for(fails(), 5)
    except LookupError as e:
        print("LookupError:", e)
    results = await asyncio.gather(
        asyncio.wait_for(job("g1", 1), 5), asyncio.wait_for(job("g2", 3), 5), return_exceptions=True
    )
    print(results)

asyncio.run(main())
