# aiter()/anext() with and without a default, driven without an event loop.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def letters():
    for ch in "ab":
        yield ch


async def main():
    c = Countdown(2)
    print(aiter(c) is c, await anext(c), await anext(c))
    print(await anext(c, "empty"), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = letters()
    print(aiter(g) is g, await anext(g), await anext(g, "x"), await anext(g, "x"), await anext(g, "y"))
    waiting = anext(Countdown(1), "d")
    print(type(waiting).__name__, await waiting)
    collected = [x async for x in Countdown(3)]
    print(collected)
    for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext(5, 0)):
        try:
            bad()
        except TypeError:
            print("TypeError")
    return "done"


print(run(main()))
