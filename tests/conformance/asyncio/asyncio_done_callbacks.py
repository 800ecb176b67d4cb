import asyncio

log = []

def cb(tag):
    def callback(fut):
        log.append((tag, fut.result() if not fut.cancelled() else "cancelled"))
    return callback

async def value(v):
    await asyncio.sleep(0)
    return v

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    first, second, third = cb("first"), cb("second"), cb("third")
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(third)
    print("removed:", fut.remove_done_callback(second), fut.remove_done_callback(second))
    fut.set_result("R")
    log.append("set_result returned")
    await asyncio.sleep(0)
    fut.add_done_callback(cb("late"))
    log.append("late added")
    await asyncio.sleep(0)
    t = asyncio.create_task(value(5))
    t.add_done_callback(cb("task"))
    await t
    log.append("after await t")
    await asyncio.sleep(0)
    c = loop.create_future()
    c.add_done_callback(cb("cancel"))
    c.cancel()
    await asyncio.sleep(0)
    for entry in log:
        print(entry)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("InvalidStateError on second set_result")

asyncio.run(main())
