import contextlib


class Thing:
    def close(self):
        print("closed")


with contextlib.closing(Thing()) as thing:
    print(type(thing).__name__)


class Managed(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


@Managed()
def run(x):
    print("run", x)
    return x * 2


print(run(3))
print(issubclass(Thing, contextlib.AbstractContextManager), issubclass(Managed, contextlib.AbstractContextManager))
