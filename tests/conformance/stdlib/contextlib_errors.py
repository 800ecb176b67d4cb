import contextlib


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


@contextlib.contextmanager
def never():
    if False:
        yield


try:
    with never():
        pass
except RuntimeError as error:
    print("RuntimeError", error)
with twice() as value:
    print(value)
