# The caches of method-call and item sites: objects of two, then three classes through one
# site, a class changed between calls, attributes that shadow or hold bound methods,
# super() calls, and products and concatenations at the size where the operators start
# to look at them.
import heapq


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}:{self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def areas(shapes):
    total = 0
    for s in shapes:
        total += s.area()
    return total


two = [Rect(i, i + 1) if i % 2 else Square(i) for i in range(12)]
three = two + [Circle(i) for i in range(5)]
print(areas(two), areas(three), areas(three[::-1]))

# The class changes between two calls of the same site.
Square.area = lambda self: -1
print(areas(two))
del Square.area
print(areas(two))

# An attribute of the instance hides the method, then holds a bound method of another
# object, then a plain function.
odd = Rect(2, 3)
odd.area = lambda: 100
print(areas([odd, Rect(1, 1), odd]))
odd.area = Circle(2).area
print(areas([odd, Rect(1, 1), odd]))
odd.area = len
try:
    areas([odd])
except TypeError as e:
    print("TypeError", e)


class Logger:
    def __init__(self):
        self.lines = []
        self.emit = self.lines.append
        self.report = self.record

    def record(self, text):
        self.lines.append(text.upper())
        return len(self.lines)


log = Logger()
for i in range(6):
    log.emit(str(i))
    log.report(f"line {i}")
print(log.lines)


# super() calls that find a sandbox function, a builtin method, a static and a class
# method, and a property.
class Base:
    def greet(self, who):
        return f"base greets {who}"

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def kind(cls):
        return cls.__name__

    @property
    def label(self):
        return "base-label"


class Child(Base):
    def greet(self, who):
        return super().greet(who) + "!"

    def run(self):
        out = []
        for i in range(4):
            out.append(super().twice(i))
            out.append(super().kind())
            out.append(super().__repr__()[:7])
            out.append(super().label)
        return out


class Error(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


print([Child().greet(n) for n in "ab"], Child().run())
print([str(Error(i)) for i in range(3)], Error(7).args)


# Module functions called through the module.
heap = []
for i in (5, 1, 4, 2, 3, 9, 0):
    heapq.heappush(heap, i)
print([heapq.heappop(heap) for _ in range(len(heap))])


# obj[index] and obj[index] = value for objects of alternating classes, a class whose
# __getitem__ changes, and the builtin containers through the same site.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value


class Doubled(Grid):
    def __getitem__(self, key):
        return 2 * super().__getitem__(key)


class Tracked(Grid):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


def fill(objs):
    for n, obj in enumerate(objs):
        obj[n % 3, 1] = n
    return [obj[n % 3, 1] for n, obj in enumerate(objs)]


grids = [Grid(), Doubled(), Grid(), Tracked(), {}, Doubled()]
print(fill(grids))
Grid.__getitem__ = lambda self, key: -1
print(fill(grids))
del Grid.__getitem__
try:
    fill([Grid()])
except TypeError as e:
    print("TypeError", e)


def items(seq):
    return [seq[i] for i in range(3)]


print(items([1, 2, 3]), items("abc"), items(range(3)), items(b"xyz"))


# Products of ints around the size at which the operator caps them, and concatenations
# around the length at which it looks at them.
def products(values):
    out = []
    for a in values:
        for b in values:
            p = a * b
            q = a
            q *= b
            out.append((p.bit_length(), q == p, p % 1000003))
    return out


big = 1 << 4095
print(products([3, -7, big - 1, big, -big, big + 1, 1 << 4096, True]))
print([(a * b, a * 2.5, 2.5 * a) for a in (3, -1.5, 0) for b in (2, 0.5)])


def joined(parts):
    s = ""
    t = ""
    for p in parts:
        s = s + p
        t += p
    return len(s), len(t), s == t


print(joined(["x" * 1000] * 5), joined(["ab"] * 2049), joined(["é" * 2047, "a", "b"]))
