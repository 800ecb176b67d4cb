import asyncio

order = []

async def sleeper(name, delay, result=None):
    order.append(("start", name))
    value = await asyncio.sleep(delay, result=result)
    order.append(("woke", name, value))
    return value

async def main():
    tasks = [
        # Far apart: the order of the wake-ups must not depend on how long the tasks
        # took to start on a loaded machine (0.2 s and 0.1 s did, by 0.1 s).
        asyncio.create_task(sleeper("slow", 0.6, "S")),
        asyncio.create_task(sleeper("fast", 0.05, "F")),
        asyncio.create_task(sleeper("zero", 0, "Z")),
        asyncio.create_task(sleeper("mid", 0.3)),
    ]
    results = await asyncio.gather(*tasks)
    print("results", results)
    print("sleep(0) returns", await asyncio.sleep(0, "zero-result"))
    print("negative delay", await asyncio.sleep(-1, 5))

asyncio.run(main())
for entry in order:
    print(entry)
