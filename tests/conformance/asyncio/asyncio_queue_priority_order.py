# PriorityQueue and LifoQueue: heap order (equal keys, a noisy __lt__), blocking puts, str().
import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        print(f"  cmp {self.name}<{other.name}")
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.name})"


async def main():
    pq = asyncio.PriorityQueue()
    for prio, name in [(3, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (0, "f")]:
        pq.put_nowait(Job(prio, name))
    print(str(pq))
    print([pq.get_nowait().name for _ in range(pq.qsize())])
    ties = asyncio.PriorityQueue()
    for i, key in enumerate([2, 1, 2, 1, 2, 1, 0]):
        await ties.put((key, i))
    print([ties.get_nowait() for _ in range(7)])

    lifo = asyncio.LifoQueue(maxsize=2)
    log = []

    async def producer(n):
        for i in range(n):
            await lifo.put(i)
            log.append(f"put {i} size={lifo.qsize()}")

    task = asyncio.create_task(producer(5))
    for _ in range(4):
        await asyncio.sleep(0)
    log.append(f"full={lifo.full()} {lifo}")
    for _ in range(3):
        log.append(f"got {await lifo.get()}")
        await asyncio.sleep(0)
    await task
    print(*log, sep="\n")
    print("left:", [lifo.get_nowait() for _ in range(lifo.qsize())], lifo.empty())
    lifo.task_done()
    print(str(lifo))
    print(asyncio.PriorityQueue[int])


asyncio.run(main())
