import asyncio

async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke (unexpected)")
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "finally")

async def main():
    t1 = asyncio.create_task(sleeper("t1"))
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    print("cancel t1:", t1.cancel())
    print("cancel t2 with msg:", t2.cancel("stop now"))
    print("cancelled() right after cancel:", t1.cancelled(), t1.done())
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting", t.get_name(), "raised CancelledError", e.args)
    print(t1.cancelled(), t2.cancelled(), t1.done())
    print("cancel again:", t1.cancel())
    try:
        t1.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

asyncio.run(main())
