import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    r = await asyncio.gather(t1, t2)
    print(r)
asyncio.run(main())
print(log)
async def failing():
    await asyncio.sleep(0)
    raise ValueError("async boom")
async def main2():
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(failing(), worker("c", 1), return_exceptions=True)
    print([type(r).__name__ for r in res])
asyncio.run(main2())
