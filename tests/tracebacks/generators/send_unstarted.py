def gen():
    yield 1


g = gen()
g.send(5)
