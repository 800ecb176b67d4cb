import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("entered, expired:", cm.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError from timeout(); expired:", cm.expired())
    async with asyncio.timeout(5) as cm2:
        await asyncio.sleep(0.01)
    print("no timeout, expired:", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0)
        print("when is None:", cm3.when() is None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("inner finally runs")
    except TimeoutError as e:
        print("timeout_at fired", type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(0.5) as cm4:
            cm4.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    print("task still running normally:", asyncio.current_task().cancelling())

asyncio.run(main())
