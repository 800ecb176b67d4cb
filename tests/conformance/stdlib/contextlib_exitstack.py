import contextlib


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


with contextlib.ExitStack() as stack:
    resources = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback runs first")
    print([r.name for r in resources])
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y"))
        raise ValueError("inner")
except ValueError as error:
    print("propagated", error)
with contextlib.ExitStack() as outer:
    outer.enter_context(Resource("kept"))
    moved = outer.pop_all()
print("outer closed")
moved.close()
