import asyncio


def main():
    return 1


asyncio.run(main())
