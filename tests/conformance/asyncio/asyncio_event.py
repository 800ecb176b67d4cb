import asyncio

async def waiter(name, event, log):
    log.append(f"{name} waiting")
    result = await event.wait()
    log.append(f"{name} released {result}")

async def main():
    log = []
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event, log)) for i in range(3)]
    await asyncio.sleep(0)
    log.append(f"is_set {event.is_set()}")
    event.set()
    log.append("set called")
    await asyncio.gather(*tasks)
    print(log)
    print("already set:", await event.wait())
    event.clear()
    print("after clear:", event.is_set())
    t = asyncio.create_task(event.wait())
    await asyncio.sleep(0.01)
    print("still waiting:", not t.done())
    event.set()
    event.clear()
    print("waiter sees set even after clear:", await t)

asyncio.run(main())
