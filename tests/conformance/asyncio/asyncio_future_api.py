import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_exception(ValueError("v"))
    print(repr(f), repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(repr(g))
    h = loop.create_future()
    h.set_result("x" * 50)
    print(repr(h))
    k = loop.create_future()
    print(k.cancel("why"), k.cancel(), repr(k), k.cancelled())
    try:
        await k
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    m = loop.create_future()
    try:
        m.set_exception(3)
    except TypeError as e:
        print("TypeError:", e)
    m.set_exception(KeyError)
    print(repr(m.exception()), asyncio.isfuture(m), asyncio.isfuture(1))
    n = loop.create_future()
    n.add_done_callback(print)
    print(repr(n))
    n.remove_done_callback(print)
    try:
        await f
    except ValueError as e:
        print("awaiting a failed future raises:", e)
    print(asyncio.Future[int] is not None, asyncio.Queue[str] is not None)

asyncio.run(main())
