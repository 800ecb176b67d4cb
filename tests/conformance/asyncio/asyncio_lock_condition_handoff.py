# Lock, Condition and BoundedSemaphore: hand-over to the next waiter when one is cancelled.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def worker(name):
        async with lock as got:
            order.append((name, got, lock.locked()))
            await asyncio.sleep(0)
    await lock.acquire()
    tasks = [asyncio.create_task(worker(n)) for n in "abcd"]
    await asyncio.sleep(0)
    lock.release()  # "a" is woken ...
    tasks[0].cancel()  # ... but cancelled before it runs: "b" gets the lock
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(order, [type(r).__name__ for r in results], lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    cond = asyncio.Condition()
    state = {"n": 0}
    seen = []
    async def waiter(name, need):
        async with cond:
            value = await cond.wait_for(lambda: state["n"] >= need and state["n"])
            seen.append((name, value))
    waiters = [asyncio.create_task(waiter(f"w{i}", i)) for i in range(1, 5)]
    await asyncio.sleep(0)
    for step in range(1, 5):
        async with cond:
            state["n"] = step
            cond.notify(2 if step < 3 else 10)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        seen.append(f"step {step}")
    await asyncio.gather(*waiters)
    print(seen)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print("both held, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
