import asyncio


async def job():
    raise RuntimeError("task failed")


async def main():
    t = asyncio.create_task(job())
    await t


asyncio.run(main())
