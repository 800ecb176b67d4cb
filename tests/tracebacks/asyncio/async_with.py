import asyncio


class Res:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


async def main():
    async with Res() as r:
        r.missing()


asyncio.run(main())
