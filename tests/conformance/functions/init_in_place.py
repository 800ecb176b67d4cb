# Classes called with their __init__ run at the call site: defaults, errors, depth.
class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class R:
    def __init__(self):
        return 5


class S:
    def __init__(self, v):
        self.inv = 1 / v


class U:
    def __init__(self, n):
        if n > 0:
            U(n - 1)


class T:
    def __init__(self, n):
        self.t = type("Dyn", (), {})


def make():
    p = P(1)
    q = P(1, 3)
    return p.y + q.y, q.x


print(make(), [P(i).x for i in range(3)], T(1).t.__module__)
for bad in (lambda: R(), lambda: P(), lambda: P(1, 2, 3), lambda: S(0)):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
try:
    U(5000)
except RecursionError:
    print("recursion")
P.__init__ = lambda self, x, y=9: setattr(self, "y", y)
print(P(1).y)
