import asyncio


async def main():
    await asyncio.sleep(0)
    raise ValueError("async failure")


asyncio.run(main())
