import asyncio

async def work(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.1, log))
        t2 = tg.create_task(work("b", 0.02, log), name="custom")
        log.append("body done")
    print(log)
    print(t1.result(), t2.result(), t2.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    late = work("late", 0, log)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", "finished" in str(e))
        late.close()

asyncio.run(main())
