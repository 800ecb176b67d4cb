import asyncio

async def work(name, log, after=None, done=None):
    log.append(f"{name} start")
    # Ordered by an event, not by delays: a loaded machine cannot reorder the log.
    await (after.wait() if after is not None else asyncio.sleep(0.01))
    log.append(f"{name} end")
    if done is not None:
        done.set()
    return name.upper()

async def main():
    log = []
    b_done = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", log, after=b_done))
        t2 = tg.create_task(work("b", log, done=b_done), name="custom")
        log.append("body done")
    print(log)
    print(t1.result(), t2.result(), t2.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    late = work("late", log)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", "finished" in str(e))
        late.close()

asyncio.run(main())
