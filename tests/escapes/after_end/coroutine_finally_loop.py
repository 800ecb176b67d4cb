# kind 6: a started coroutine, never finished, whose finally loops
import asyncio
async def c():
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    finally:
        while True:
            pass
co = c()
co.send(None)
