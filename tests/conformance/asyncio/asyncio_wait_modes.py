import asyncio

# Tasks that must not finish early wait on an event rather than on a timer, so that
# the order is the same on a loaded machine.


async def job(name, gate=None, fail=False):
    await (gate.wait() if gate is not None else asyncio.sleep(0))
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    gate = asyncio.Event()
    tasks = [
        asyncio.create_task(job("j0", gate), name="j0"),
        asyncio.create_task(job("j1"), name="j1"),
        asyncio.create_task(job("j2", gate), name="j2"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    gate.set()
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), names(pending))
    print(sorted(t.result() for t in done))

    never = asyncio.Event()
    tasks = [
        asyncio.create_task(job("e1", fail=True), name="e1"),
        asyncio.create_task(job("e2", never), name="e2"),
        asyncio.create_task(job("e3"), name="e3"),
    ]
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
