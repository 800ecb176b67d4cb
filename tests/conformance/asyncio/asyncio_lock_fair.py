import asyncio

async def user(name, lock, log, hold):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} holds")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f"{name} releases")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(f"u{i}", lock, log, 3 - i) for i in range(4)))
    for i in range(0, len(log), 4):
        print(log[i:i + 4])
    print("locked after:", lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        waiter = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.sleep(0)
        print("cancelled waiter:", waiter.cancelled())
    print("free again:", lock.locked())

asyncio.run(main())
