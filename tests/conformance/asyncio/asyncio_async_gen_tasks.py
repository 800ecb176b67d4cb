import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def collect(name, n, delay, log):
    async for item in ticker(name, n, delay):
        log.append(item)
    return name

async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    log = []
    names = await asyncio.gather(collect("a", 3, 0, log), collect("b", 2, 0, log))
    print(names, log)
    print([x async for x in squares(5) if x % 2 == 0])
    print({x: x + 1 async for x in squares(3)})
    print(sum([await asyncio.sleep(0, x) for x in range(4)]))
    gen = squares(3)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

asyncio.run(main())
