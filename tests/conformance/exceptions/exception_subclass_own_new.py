# Exception and tuple subclasses with their own __new__: what __new__ returns, the args
# the instance keeps, and __init__ after it.


class Coded(Exception):
    def __new__(cls, code, *rest):
        self = super().__new__(cls, f"code {code}", *rest)
        self.code = code
        return self


e = Coded(404)
print(e.args, e.code, str(e), repr(e))
try:
    raise Coded(500, "extra")
except Coded as caught:
    print(caught.args, caught.code)


class WithInit(ValueError):
    def __new__(cls, *args):
        return super().__new__(cls, "from new")

    def __init__(self, *args):
        super().__init__(*args, "from init")


w = WithInit("a")
print(w.args, str(w))


class Other(Exception):
    def __new__(cls, *args):
        return KeyError("not an Other")


o = Other(1)
print(type(o).__name__, o.args)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(1, 2)
print(p, p.x, len(p), type(p).__name__, p + (3,), isinstance(p, tuple))


class Pair(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items[:2])

    def __init__(self, *items):
        self.extra = items[2:]


q = Pair(1, 2, 3, 4)
print(q, q.extra)
