# self.x op= value on instances: dict, class-level default, slots, property, type errors.
class Counter:
    total = 100

    def __init__(self):
        self.n = 1

    def bump(self, v):
        self.n += v
        self.n -= 1
        self.n *= 2
        self.total += v
        return self.n, self.total


class Slotted:
    __slots__ = ("n",)


class Prop:
    def __init__(self):
        self._n = 5

    @property
    def n(self):
        return self._n * 10

    @n.setter
    def n(self, v):
        self._n = v


def bump(o, v):
    o.n += v
    return o.n


c = Counter()
for v in (1, 2.5, 3):
    print(c.bump(v), Counter.total)
try:
    c.bump("x")
except TypeError as e:
    print(type(e).__name__, c.n)
s = Slotted()
s.n = 7
p = Prop()
for o in (s, p, c, s, p):
    print(type(o).__name__, bump(o, 2))
e = Slotted()
try:
    bump(e, 1)
except AttributeError as err:
    print(type(err).__name__)
lst = Counter()
lst.n = [1]
print(bump(lst, [2]), bump(lst, (3,)))
