import asyncio
order = []
async def a():
    order.append("a1")
    await asyncio.sleep(0)
    order.append("a2")
async def b():
    order.append("b1")
    t = asyncio.create_task(c())
    order.append("b2")
    await t
    order.append("b3")
async def c():
    order.append("c1")
    await asyncio.sleep(0)
    order.append("c2")
async def main():
    fut = asyncio.get_running_loop().create_future()
    async def waiter():
        order.append("w start")
        v = await fut
        order.append(f"w got {v}")
    tw = asyncio.create_task(waiter())
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    order.append("main1")
    await asyncio.sleep(0)
    fut.set_result(5)
    order.append("main2")
    await asyncio.gather(ta, tb, tw)
    order.append("main3")
    print(order)
    r = []
    async def nest(depth):
        if depth == 0:
            await asyncio.sleep(0)
            return 0
        t = asyncio.create_task(nest(depth - 1))
        r.append(depth)
        v = await t
        r.append(-depth)
        return v + depth
    print(await nest(4), r)
asyncio.run(main())
