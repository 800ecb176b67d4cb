import asyncio

async def producer(q, items):
    for item in items:
        await q.put(item)
        print("put", item, "size", q.qsize())

async def consumer(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, log)) for i in range(2)]
    await producer(q, range(6))
    await q.join()
    print("joined, unfinished:", q.empty())
    print(log)
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
