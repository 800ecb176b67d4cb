# shield: the inner work survives the outer cancel; results, errors and cancels pass through.
import asyncio

async def work(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(name)
    return name

async def main():
    inner = asyncio.create_task(work("inner", 3))
    outer = asyncio.shield(inner)
    print("same object:", outer is inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done:", inner.done())
    print("inner result:", await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print("done future returned as is:", asyncio.shield(done) is done)
    print("result:", await asyncio.shield(work("plain", 2)))
    try:
        await asyncio.shield(work("bad", 1, fail=True))
    except ValueError as e:
        print("error passes:", repr(e))
    victim = asyncio.create_task(work("victim", 5))
    guarded = asyncio.shield(victim)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await guarded
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", guarded.cancelled())
    async def caller():
        return await asyncio.shield(work("slow", 4))
    task = asyncio.create_task(caller())
    await asyncio.sleep(0)
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("caller:", type(results[0]).__name__)
    late = asyncio.create_task(work("late", 2, fail=True))
    cover = asyncio.shield(late)
    cover.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("late error kept on the inner task:", repr(late.exception()))
    print(await asyncio.wait_for(asyncio.shield(work("timed", 1)), 5))

asyncio.run(main())
