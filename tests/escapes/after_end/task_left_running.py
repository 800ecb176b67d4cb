# kind 6: a task left running (an endless loop with awaits) when the program ends
import asyncio
async def forever():
    while True:
        await asyncio.sleep(0)
t = asyncio.get_running_loop().create_task(forever()) if hasattr(asyncio, 'get_running_loop') else None
await asyncio.sleep(0)
