# Edges of the event loop, futures and tasks: stop() before run_forever(), timer handle
# ordering, future states and messages, Runner and asyncio.run with things that are not
# coroutines (3.11 refuses them with ValueError; 3.14 runs awaitables, TypeError otherwise).
import asyncio


def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as error:
        print(label, "!!", type(error).__name__, error)


loop = asyncio.new_event_loop()
print(repr(loop))
seen = []
loop.call_soon(seen.append, "first pass")
loop.stop()
loop.run_forever()  # stop() first: exactly one pass still runs
print(seen, loop.is_running())

t1 = loop.call_at(10.0, print, "never")
t2 = loop.call_at(20.0, print, "never")
print(t1 < t2, t2 > t1, t1 <= t1, t1 >= t2, t1 == t1, t1 == t2, t1.when())
t1.cancel()
t1.cancel()
print(t1.cancelled(), t2.cancelled(), repr(t1))
t2.cancel()

fut = loop.create_future()
print(repr(fut), fut.done(), fut.cancelled())
show("result pending", fut.result)
show("exception pending", fut.exception)
fut.set_result([1, 2, 3, 4, 5, 6, 7, 8])
print(repr(fut))
show("set twice", lambda: fut.set_result(1))
show("cancel done", fut.cancel)

bad = loop.create_future()
show("not an exception", lambda: bad.set_exception(3))
bad.set_exception(KeyError)
print(repr(bad), type(bad.exception()).__name__)

stop = loop.create_future()
show("StopIteration", lambda: stop.set_exception(StopIteration()))
print(stop.done())

gone = loop.create_future()
print(gone.cancel("why"), gone.cancel(), repr(gone))
show("cancelled result", gone.result)


async def body():
    return 42


task = loop.create_task(body(), name="edge")
show("task set_result", lambda: task.set_result(1))
show("task set_exception", lambda: task.set_exception(ValueError()))
print(loop.run_until_complete(task), task.get_name(), task.cancelling(), task.uncancel())
loop.close()
show("closed call_soon", lambda: loop.call_soon(print))
coro = body()
show("closed run", lambda: loop.run_until_complete(coro))
coro.close()
print(loop.is_closed())


class Awaitable:
    def __await__(self):
        yield  # a bare yield: the task steps again at the next pass
        return "awaited"


show("run int", lambda: asyncio.run(5))
try:
    print("run awaitable ->", asyncio.run(Awaitable()))
except ValueError as error:
    print("run awaitable !! ValueError", str(error).split(" got ")[0])
with asyncio.Runner() as runner:
    show("runner int", lambda: runner.run(7))
    print(runner.run(body()))
coro = body()
show("closed runner", lambda: runner.run(coro))
coro.close()
