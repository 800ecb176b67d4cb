import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as value:
    print("inside", value)
try:
    with tag("i"):
        raise KeyError("boom")
except KeyError as error:
    print("caught", error)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")


with swallow():
    1 / 0
print("after")


@tag("decorated")
def work():
    print("working")


work()
