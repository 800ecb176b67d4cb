# Calls the second tier binds in place (keywords, f(*t, **d), cells, *args, keyword-only),
# __slots__ reads and builtins consuming generators, past the hand-over to the second tier.


def add(a, b=2, *rest, scale=1, **named):
    return (a + b + sum(rest)) * scale + len(named)


def counter(start):
    def bump(step=1):
        nonlocal start
        start += step
        return start

    return bump


def squares(n, *, offset=0):
    for i in range(n):
        yield i * i + offset


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Lenient(Point):
    __slots__ = ()

    def __getattr__(self, name):
        return "missing " + name


def y_of(p):
    return p.y


total, seen, bump = 0, [], counter(10)
for i in range(1500):
    total += add(i, scale=2) + add(i, 1, 2, 3, scale=3, extra=True) + bump(i % 3)
    total += add(*(i, 4)) + add(*(i,), **{"scale": 5}) + sum(squares(i % 7, offset=1))
    p = Point(i) if i % 2 else Lenient(i)
    if i % 3 == 0:
        p.y = -i
    try:
        seen.append(y_of(p))
    except AttributeError as error:
        seen.append((type(error).__name__, error.__context__ is None))
for args, kwargs in (((), {}), ((1,), {1: 2}), ((1, 2, 3), {"b": 4})):
    try:
        add(*args, **kwargs)
    except TypeError as error:
        print("TypeError", error)
print(total, bump(0), seen[:6], len(seen), type(add(*(1,), **{})).__name__)
print(sum(squares(5)), max(squares(6), key=lambda v: -v), min(squares(0), default="none"))
print(any(v > 10 for v in squares(5)), all(squares(3)), sorted(squares(4, offset=-5)))
print(list(squares(3)), tuple(squares(2)), sum(squares(4), 100), max(squares(3)))
