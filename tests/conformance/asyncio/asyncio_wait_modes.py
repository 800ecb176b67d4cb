import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.15, 0.02, 0.3])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), names(pending))
    print(sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("e1", 0.1, True), name="e1"),
             asyncio.create_task(job("e2", 0.5), name="e2"),
             asyncio.create_task(job("e3", 0.02), name="e3")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("after timeout:", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in pending])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
