def inner():
    yield 1
    raise KeyError("inner")


def outer():
    yield 0
    yield from inner()


print(list(outer()))
