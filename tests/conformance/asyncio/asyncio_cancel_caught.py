import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: caught cancel, returning value")
        return "survived"

async def cleanup_then_reraise():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleanup: doing cleanup")
        await asyncio.sleep(0)
        print("cleanup: cleanup finished")
        raise

async def main():
    s = asyncio.create_task(stubborn())
    c = asyncio.create_task(cleanup_then_reraise())
    await asyncio.sleep(0)
    s.cancel()
    c.cancel()
    print("stubborn result:", await s, s.cancelled())
    try:
        await c
    except asyncio.CancelledError:
        print("cleanup task cancelled:", c.cancelled())
    print("cancelling counts:", s.cancelling(), c.cancelling())
    print("uncancel:", s.uncancel(), s.uncancel())

asyncio.run(main())
