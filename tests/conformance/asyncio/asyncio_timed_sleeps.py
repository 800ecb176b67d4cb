import asyncio

order = []

async def sleeper(name, delay, result=None):
    order.append(("start", name))
    value = await asyncio.sleep(delay, result=result)
    order.append(("woke", name, value))
    return value

async def main():
    tasks = [
        asyncio.create_task(sleeper("slow", 0.2, "S")),
        asyncio.create_task(sleeper("fast", 0.02, "F")),
        asyncio.create_task(sleeper("zero", 0, "Z")),
        asyncio.create_task(sleeper("mid", 0.1)),
    ]
    results = await asyncio.gather(*tasks)
    print("results", results)
    print("sleep(0) returns", await asyncio.sleep(0, "zero-result"))
    print("negative delay", await asyncio.sleep(-1, 5))

asyncio.run(main())
for entry in order:
    print(entry)
