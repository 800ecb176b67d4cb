def gen():
    yield 1
    raise StopIteration("early")


print(list(gen()))
