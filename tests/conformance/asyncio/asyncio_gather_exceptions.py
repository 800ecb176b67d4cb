import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n * 10

async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def main():
    print(await asyncio.gather(ok(1), ok(2), ok(3)))
    print(await asyncio.gather())
    res = await asyncio.gather(ok(1), bad(2), ok(3), bad(4), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(ok(1), bad(2), bad(3))
    except ValueError as e:
        print("first error:", e)
    t = asyncio.create_task(ok(7))
    print(await asyncio.gather(t, t, ok(8)))
    print(await asyncio.gather(*[ok(i) for i in range(5)]))

asyncio.run(main())
