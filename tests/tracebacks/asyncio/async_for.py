import asyncio


async def agen():
    yield 1
    raise ValueError("agen failed")


async def main():
    async for x in agen():
        print(x)


asyncio.run(main())
