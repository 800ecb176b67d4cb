import asyncio

active = 0
peak = 0

async def job(i, sem, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start{i}")
        for _ in range(i % 3):
            await asyncio.sleep(0)
        log.append(f"end{i}")
        active -= 1

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(job(i, sem, log) for i in range(6)))
    print(log)
    print("peak concurrency:", peak)
    print("locked:", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(0)
    plain.release()
    plain.release()
    print("plain value after releases:", plain._value, plain.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
