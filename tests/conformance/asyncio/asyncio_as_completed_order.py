# as_completed: finishing order, errors per item, a deadline, and bad arguments.
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise KeyError(name)
    return name


async def main():
    jobs = [job("c", 3), job("a", 1), job("e", 5, fail=True), job("b", 2), job("d", 4)]
    for waiting in asyncio.as_completed(jobs):
        try:
            print("finished:", await waiting)
        except KeyError as e:
            print("failed:", e)

    slow = [asyncio.create_task(job("quick", 1)), asyncio.create_task(asyncio.sleep(100))]
    while not slow[0].done():  # finished before the deadline starts, whatever the load
        await asyncio.sleep(0)
    seen = []
    for waiting in asyncio.as_completed(slow, timeout=0.05):
        try:
            seen.append(await waiting)
        except TimeoutError:
            seen.append("TimeoutError")
    print(seen, slow[1].done())
    slow[1].cancel()

    coro = job("x", 0)
    try:
        next(asyncio.as_completed(coro))
    except TypeError:
        print("TypeError on a single coroutine")
    coro.close()
    fut = asyncio.get_running_loop().create_future()
    try:
        next(asyncio.as_completed(fut))
    except TypeError:
        print("TypeError on a single future")
    print(list(asyncio.as_completed([])))
    pending = list(asyncio.as_completed([job("y", 1), job("z", 1)]))
    print(len(pending), sorted(await asyncio.gather(*pending)))


asyncio.run(main())
