# asyncio.wait: FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, timeouts, bad arguments.
import asyncio

async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    def spawn():
        return [
            asyncio.create_task(job("a", 3), name="a"),
            asyncio.create_task(job("b", 1, fail=True), name="b"),
            asyncio.create_task(job("c", 2), name="c"),
            asyncio.create_task(job("d", 6), name="d"),
        ]
    for mode in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        tasks = spawn()
        done, pending = await asyncio.wait(tasks, return_when=mode)
        print(mode, names(done), names(pending))
        await asyncio.wait(tasks)
        print("  b raised", repr(tasks[1].exception()))
    ok = [asyncio.create_task(job(n, i), name=n) for i, n in enumerate("xyz")]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception:", names(done), names(pending))
    sleeper = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    quick = asyncio.create_task(job("quick", 1), name="quick")
    while not quick.done():  # done before the deadline starts, whatever the load
        await asyncio.sleep(0)
    done, pending = await asyncio.wait({sleeper, quick}, timeout=0.02)
    print("timeout:", names(done), names(pending), sleeper.cancelled())
    sleeper.cancel()
    done, pending = await asyncio.wait([sleeper])
    print("after cancel:", names(done), sleeper.cancelled())
    coro = job("c", 0)
    for args, kwargs in [((set(),), {}), ((ok,), {"return_when": "SOMETIMES"}), ((coro,), {})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__)
    coro.close()
    fut = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(fut)
    except TypeError:
        print("TypeError for a single future")
    fut.set_result(1)
    done, pending = await asyncio.wait([fut, fut])
    print(len(done), len(pending))

asyncio.run(main())
