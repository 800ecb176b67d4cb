import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-done")
    return name * 2

async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 1))
    c = asyncio.create_task(worker("c", 2))
    log.append("main-before")
    await asyncio.sleep(0)
    log.append("main-after-1")
    r = await asyncio.gather(a, b, c)
    log.append("main-gathered")
    return r

print(asyncio.run(main()))
for i in range(0, len(log), 6):
    print(log[i:i + 6])
