async def numbers():
    yield 1
    return   5
