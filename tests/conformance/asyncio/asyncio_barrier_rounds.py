# Barrier: rounds and indices, draining, n_waiting, reset and abort breaking the waiters.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, rounds):
        for r in range(rounds):
            async with barrier as index:
                log.append(f"{name} r{r} #{index}")
            await asyncio.sleep(0)

    await asyncio.gather(*(party(n, 2) for n in "abc"))
    print(*log, sep="\n")
    print("after:", barrier.n_waiting, barrier.broken, barrier.parties)

    async def stuck(name):
        try:
            await barrier.wait()
            return f"{name} passed"
        except asyncio.BrokenBarrierError as e:
            return f"{name} broken: {e}"

    first = [asyncio.create_task(stuck(n)) for n in "xy"]
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    print(await asyncio.gather(*first))
    print("after reset:", barrier.n_waiting, barrier.broken)

    second = [asyncio.create_task(stuck(n)) for n in "pq"]
    await asyncio.sleep(0)
    await barrier.abort()
    print(await asyncio.gather(*second))
    print("broken:", barrier.broken, barrier.n_waiting)
    print(await stuck("late"))
    await barrier.reset()
    print("reset again:", barrier.broken)
    print(sorted(await asyncio.gather(*(stuck(n) for n in "klm"))))

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:  # 3.14 words the message differently
            print("ValueError for", bad)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
