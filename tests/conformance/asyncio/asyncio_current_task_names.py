import asyncio

async def named(expected):
    task = asyncio.current_task()
    print("running", expected, task is asyncio.current_task())
    task.set_name(task.get_name() + "-renamed")
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print("main is", me.get_name(), type(me).__name__, isinstance(me, asyncio.Future))
    t1 = asyncio.create_task(named("auto"))
    t3 = asyncio.ensure_future(named("ensure"))
    t2 = asyncio.create_task(named("given"), name="given")
    print(await t1, await t2, await t3)
    print("all_tasks while running:", len(asyncio.all_tasks()))
    pending = asyncio.create_task(asyncio.sleep(1), name="pending")
    print("with pending:", sorted(t.get_name() for t in asyncio.all_tasks()))
    pending.cancel()
    await asyncio.sleep(0)
    print("done:", pending.done(), "current is main:", asyncio.current_task() is me)
    print("coroutine checks:", asyncio.iscoroutinefunction(named), asyncio.iscoroutinefunction(print))
    c = named("x")
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(t1), asyncio.isfuture(t1))
    c.close()

print(asyncio.run(main()))
print(asyncio.run(named("second run")).startswith("Task-"))
