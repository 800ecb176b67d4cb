# timeout_at/timeout: states in the repr, reschedule, nesting, and someone else's cancel.
import asyncio

def state(cm):
    return repr(cm).split("]")[0] + "]>"

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(None)
    print(state(cm), cm.when(), cm.expired())
    try:
        cm.reschedule(1.0)
    except RuntimeError:
        print("reschedule before entering: RuntimeError")
    async with cm:
        print(state(cm))
        cm.reschedule(loop.time() + 30)
        print("when set:", cm.when() > loop.time())
        cm.reschedule(None)
        print("when cleared:", cm.when())
    print(state(cm), cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as past:
            print("deadline already passed, still entered")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline:", state(past), past.expired())
    try:
        async with asyncio.timeout(10) as outer:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError of the inner one goes through the outer")
    except BaseException as e:
        print(type(e).__name__)
    print("inner:", state(inner), "outer:", state(outer))
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("caught inside, swallowed")
        print("no TimeoutError when the cancellation is swallowed")
    except TimeoutError:
        print("TimeoutError anyway")
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
