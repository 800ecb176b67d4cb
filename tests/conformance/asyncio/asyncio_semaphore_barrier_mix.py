# Semaphore fairness with cancelled waiters, BoundedSemaphore limits, and a Barrier of one.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    log = []

    async def user(name):
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append(f"{name} out")

    tasks = [asyncio.create_task(user(n)) for n in "abcdef"]
    await asyncio.sleep(0)
    print("locked:", sem.locked())
    tasks[3].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    print("free again:", sem.locked())

    zero = asyncio.Semaphore(0)
    print("zero locked:", zero.locked())
    waiter = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    zero.release()
    print("acquired:", await waiter, zero.locked())
    zero.release()
    zero.release()
    print("released twice, locked:", zero.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    for _ in range(2):
        try:
            bounded.release()
        except ValueError as e:
            print("ValueError:", e)

    solo = asyncio.Barrier(1)
    print("solo index:", await solo.wait(), await solo.wait(), solo.n_waiting)
    pair = asyncio.Barrier(2)
    results = await asyncio.gather(pair.wait(), pair.wait())
    print("pair:", sorted(results))


asyncio.run(main())
