import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return 10 / n


async def main():
    a = await fetch(1)
    b = await fetch(0)
    return a + b


asyncio.run(main())
