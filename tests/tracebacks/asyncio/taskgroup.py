import asyncio


async def job(n):
    await asyncio.sleep(0)
    if n:
        raise ValueError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(0))
        tg.create_task(job(1))


asyncio.run(main())
