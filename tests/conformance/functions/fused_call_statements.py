# Statements whose test, value or argument is a call: comparisons, method calls on call results.
class A:
    def __init__(self):
        self.items = ["x", "y"]

    def v(self):
        return object()

    def n(self):
        return 3

    def first(self):
        return self.items[0]

    def f(self, x, y=0):
        return x + y


a = A()


def checks():
    out = []
    if a.n() == 3:
        out.append("eq")
    i = 0
    while a.n() > i:
        i += 1
    out.append(i)
    out.append(a.first().upper())
    out.append(a.f(a.n(), a.f(1)))
    total = 0
    total = total + a.n()
    flag = a.n() < 5
    out.append(a.f(a.n()) == 3)
    return out, total, flag


def w(*xs):
    return sum(xs)


print(checks(), w(a.n(), 2, a.n(), 4), w(a.n(), 2, a.n(), 4, a.n()))
for bad in (lambda: a.v() < 3, lambda: a.first().nope(), lambda: a.f(a.n(), 2, 3)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)


def cmp():
    return a.v() < a.n()


cmp()
