# close() of a generator delegating to one that ignores GeneratorExit.
def inner():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def outer():
    yield from inner()


g = outer()
next(g)
g.close()
