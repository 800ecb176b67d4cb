def gen():
    x = yield 1
    yield x / 0


g = gen()
next(g)
next(g)
