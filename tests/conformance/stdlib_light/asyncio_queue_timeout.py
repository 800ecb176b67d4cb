import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q):
    items = []
    while (item := await q.get()) is not None:
        items.append(item * 10)
    return items
async def main():
    q = asyncio.Queue()
    _, items = await asyncio.gather(producer(q, 4), consumer(q))
    print(items)
    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
asyncio.run(main())
