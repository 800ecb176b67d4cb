import asyncio

# The order of events comes from events and sleep(0), not from timers, so that it is the
# same on a loaded machine.


async def worker(n, gate):
    await gate.wait()
    print("worker", n, "done")
    return n


async def broken(first_done):
    await first_done.wait()
    await asyncio.sleep(0)
    raise ArithmeticError("broken worker")


async def main():
    try:
        raise KeyError("before")
    except KeyError:
        pass
    results = []
    opened, never = asyncio.Event(), asyncio.Event()
    opened.set()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1, opened))
        tg.create_task(worker(3, never))
        tg.create_task(broken(opened))
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
