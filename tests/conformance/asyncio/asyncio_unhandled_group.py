import asyncio

async def worker(n):
    await asyncio.sleep(0.05 * n)
    print("worker", n, "done")
    return n

async def broken():
    await asyncio.sleep(0.1)
    raise ArithmeticError("broken worker")

async def main():
    try:
        raise KeyError("before")
    except KeyError:
        pass
    results = []
    async with asyncio.TaskGroup() as tg:
        for n in (1, 3):
            tg.create_task(worker(n))
        tg.create_task(broken())
        results.append("body finished")
    print("not reached", results)

try:
    asyncio.run(main())
except* ArithmeticError as eg:
    print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])
try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print("second run:", eg.message)
    raise eg.exceptions[0] from None
