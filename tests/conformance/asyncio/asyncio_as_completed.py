import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def failing(delay):
    await asyncio.sleep(delay)
    raise KeyError("lost")

async def main():
    jobs = [job("c", 0.3), job("a", 0.02), job("b", 0.15)]
    for fut in asyncio.as_completed(jobs):
        print("completed", await fut)
    results = []
    for fut in asyncio.as_completed([job("x", 0.12), failing(0.02)]):
        try:
            results.append(await fut)
        except KeyError as e:
            results.append(f"error {e}")
    print(results)
    got = []
    fast = asyncio.ensure_future(job("fast", 0.02))
    while not fast.done():  # done before the deadline starts, whatever the load
        await asyncio.sleep(0.01)
    try:
        for fut in asyncio.as_completed([fast, job("slow", 5)], timeout=0.3):
            got.append(await fut)
    except asyncio.TimeoutError:
        got.append("timeout")
    print(got)

asyncio.run(main())
