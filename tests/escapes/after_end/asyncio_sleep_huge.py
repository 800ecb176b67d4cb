# kind 6: asyncio.sleep for a billion seconds inside asyncio.run
import asyncio
async def main():
    await asyncio.sleep(1e9)
asyncio.run(main())
