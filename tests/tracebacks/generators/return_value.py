def gen():
    yield 1
    return 5


g = gen()
next(g)
next(g)
