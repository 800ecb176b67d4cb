import asyncio

async def consumer(name, cond, items, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f"{name} took {items.pop(0)}")

async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items, log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    flag = []

    async def waiter():
        async with cond:
            r = await cond.wait()
            flag.append(r)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify(5)
    await w
    print("wait returned", flag, "locked:", cond.locked())

asyncio.run(main())
