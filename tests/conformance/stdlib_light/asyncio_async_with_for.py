import asyncio
class Resource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
        return False
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    async with Resource() as r:
        async for t in Ticker(3):
            print("tick", t)
    try:
        async with Resource():
            raise KeyError("inside")
    except KeyError:
        print("KeyError propagated")
asyncio.run(main())
