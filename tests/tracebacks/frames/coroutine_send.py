async def work():
    return 1 / 0


c = work()
c.send(None)
