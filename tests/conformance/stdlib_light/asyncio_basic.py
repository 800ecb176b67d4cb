import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    r = await add(1, 2)
    print("result", r)
    results = await asyncio.gather(add(1, 1), add(2, 2), add(3, 3))
    print(results)
    return "main done"
print(asyncio.run(main()))
async def gen_values():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def consume():
    return [v async for v in gen_values()]
print(asyncio.run(consume()))
