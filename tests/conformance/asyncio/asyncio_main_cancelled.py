import asyncio

async def victim(log):
    try:
        await asyncio.sleep(5)
    finally:
        log.append("victim finally")

async def main():
    log = []
    task = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print(log, task.cancelled())
    print("cancelling myself")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught my own cancellation once")
    print("uncancel ->", asyncio.current_task().uncancel())
    asyncio.current_task().cancel("final")
    await asyncio.sleep(0)
    print("not reached")

print(asyncio.run(asyncio.sleep(0, "warm-up")))
asyncio.run(main())
