import asyncio


async def f(n):
    return await f(n + 1)


try:
    asyncio.run(f(0))
except RecursionError:
    print("RecursionError")
print("ok")
