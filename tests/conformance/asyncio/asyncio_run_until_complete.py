import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(21)))
task = loop.create_task(compute(5))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))

async def check_running():
    return asyncio.get_running_loop() is loop, loop.is_running()

print(loop.run_until_complete(check_running()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("closed:", loop.is_closed())
pending = compute(1)
try:
    loop.run_until_complete(pending)
except RuntimeError as e:
    print("RuntimeError:", e)
    pending.close()

async def nested():
    inner = compute(1)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("nested run:", e)
        inner.close()
    return "ok"

print(asyncio.run(nested()))
