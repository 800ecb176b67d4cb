import asyncio

async def background(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("background cleaned up")
        print("background finally runs during shutdown")

async def deep(n):
    if n == 0:
        await asyncio.sleep(0)
        raise LookupError("deep failure")
    return await deep(n - 1)

async def main():
    log = []
    asyncio.create_task(background(log))
    await asyncio.sleep(0)
    print("about to fail")
    await deep(3)

asyncio.run(main())
