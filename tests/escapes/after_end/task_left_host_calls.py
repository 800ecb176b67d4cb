# kind 6: tasks left behind that keep calling the host after the run
import asyncio
async def spam():
    while True:
        await aecho(record('after the end'))
for i in range(5):
    asyncio.ensure_future(spam())
await asyncio.sleep(0)
