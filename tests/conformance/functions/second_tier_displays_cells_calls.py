# Displays, cell variables, augmented attribute stores and calls of every kind of callee,
# in bodies hot enough for the second tier (each loop runs past its hand-over), with the
# order of evaluation made visible.

trace = []


def note(label, value):
    trace.append(label)
    return value


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        trace.append("hash " + self.name)
        return hash(self.name)

    def __eq__(self, other):
        trace.append("eq " + self.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%r)" % self.name


def displays(n):
    out = []
    for i in range(n):
        t = (note("t0", i), note("t1", i + 1))
        lst = [note("l0", i), i * 2, note("l2", -i)]
        d = {note("k0", "a"): note("v0", i), note("k1", "b"): note("v1", t)}
        out.append((t, lst, d, (), [], {}))
    return out


def dict_orders():
    del trace[:]
    small = {Key("a"): note("va", 1), Key("b"): note("vb", 2), Key("a"): note("va2", 3)}
    print(small, trace)
    del trace[:]
    big = {Key("k%d" % i): note("v%d" % i, i) for i in range(3)}
    print(len(big), trace)
    del trace[:]
    many = {
        Key("p0"): note("q0", 0),
        Key("p1"): note("q1", 1),
        Key("p2"): note("q2", 2),
        Key("p3"): note("q3", 3),
        Key("p4"): note("q4", 4),
        Key("p5"): note("q5", 5),
        Key("p6"): note("q6", 6),
        Key("p7"): note("q7", 7),
        Key("p8"): note("q8", 8),
        Key("p9"): note("q9", 9),
        Key("pa"): note("qa", 10),
        Key("pb"): note("qb", 11),
        Key("pc"): note("qc", 12),
        Key("pd"): note("qd", 13),
        Key("pe"): note("qe", 14),
        Key("pf"): note("qf", 15),
        Key("pg"): note("qg", 16),
    }
    print(len(many), trace)
    try:
        {note("x", 1): 1, note("y", []): 2}
    except TypeError as error:
        print("unhashable:", error, trace[-2:])


def counter():
    count = 0
    seen = []

    def bump(step):
        nonlocal count
        count += step
        seen.append(count)
        return count

    def peek():
        return count, len(seen)

    return bump, peek


def cells(n):
    bump, peek = counter()
    total = 0
    for i in range(n):
        total += bump(i % 3)
    return total, peek()


def unbound_cell():
    def read():
        return later

    try:
        read()
    except NameError as error:
        print(type(error).__name__, error)
    later = 1
    return read()


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    shared = 10

    def __init__(self):
        self.items = []
        self.n = 0
        self._t = 0.5

    @property
    def t(self):
        trace.append("get t")
        return self._t

    @t.setter
    def t(self, value):
        trace.append("set t")
        self._t = value


def attributes(n):
    p = Point(1, 2)
    b = Box()
    for i in range(n):
        p.x += i
        p.y *= 1 if i % 7 else -1
        b.n += 1
        b.items += [i % 5]
        b.shared += 1
    del trace[:]
    b.t += 2
    print(p.x, p.y, b.n, len(b.items), b.items[-5:], b.shared, Box.shared, b.t, trace)
    try:
        p.z += 1
    except AttributeError as error:
        print("AttributeError", error)
    try:
        b.n += "s"
    except TypeError as error:
        print("TypeError", error)


def keyword(a, b=2, *, c=3, **rest):
    return (a, b, c, sorted(rest.items()))


class Shape:
    def __init__(self, w, h=1, *, name="shape"):
        self.w, self.h, self.name = w, h, name

    def scaled(self, by=1, *, extra=0):
        return Shape(self.w * by + extra, h=self.h * by, name=self.name)

    def __repr__(self):
        return f"Shape({self.w}, {self.h}, {self.name!r})"


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x, *, times=1):
        return (self.base + x) * times


def calls(n):
    handlers = {"double": lambda v: v * 2, "neg": lambda v: -v}
    add = Adder(3)
    results = []
    local = keyword
    for i in range(n):
        s = Shape(i, h=note("h", 2), name=note("name", "s"))
        s = s.scaled(2, extra=note("extra", 1))
        results.append(
            (
                keyword(i, c=i + 1),
                local(i, b=note("b", 0), z=note("z", 9)),
                handlers["double" if i % 2 else "neg"](i),
                add(i, times=2),
                sorted([3, 1, 2], key=lambda v: -v, reverse=False),
                s.w,
            )
        )
    return results


def call_errors():
    five = 5
    for bad in (
        lambda: keyword(1, d=4, c=5, b=6, a=7),
        lambda: Shape(1, width=2),
        lambda: Shape(1).scaled(by=2, missing=1),
        lambda: Shape(1).nothing(by=2),
        lambda: five(1),
        lambda: keyword(),
        lambda: {}["missing"](x=1),
        lambda: len(obj=[]),
    ):
        try:
            print(bad())
        except Exception as error:
            print(type(error).__name__, error)


class Mapping:
    def keys(self):
        trace.append("keys")
        return ["k", "j"]

    def __getitem__(self, key):
        trace.append("item " + key)
        return key.upper()


def logged(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@logged
def target(*args, **kwargs):
    return args, sorted(kwargs.items())


def stars(n):
    out = []
    obj = Shape(2)
    for i in range(n):
        out.append(target(i, *[i + 1], k=i))
        out.append(target(*(i,)))
        out.append(target(*range(i % 3), **{"a": i}))
        out.append(target(*(x for x in "ab"), **Mapping()))
        out.append(obj.scaled(*[2], **{"extra": i}).w)
        out.append(target(i, "x", **{"b": i}))
        out.append(Shape(**{"w": i, "name": "kw"}))
    return out


def star_errors():
    for bad in (
        lambda: target(*5),
        lambda: target(**5),
        lambda: target(*[], **{1: 2}),
        lambda: keyword(*[1], **{"a": 2}),
        lambda: Shape(*"ab", **{"h": 1}),
        lambda: len(*[1, 2]),
        lambda: target(1, **[]),
        lambda: Shape(1, **{"w": 2}),
    ):
        try:
            print(bad())
        except Exception as error:
            print(type(error).__name__, error)


print(displays(3))
big = displays(1500)
print(len(big), big[-1], trace[:12], len(trace))
dict_orders()
print(cells(2000))
print(unbound_cell())
attributes(1500)
out = calls(1200)
print(len(out), out[:3], out[-1])
print(trace[-9:])
call_errors()
del trace[:]
result = stars(1500)
print(len(result), result[:5], result[-5:], trace[-6:])
star_errors()


class Plain:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


class Returns:
    def __init__(self):
        return 5


class WithNew:
    def __new__(cls, value):
        trace.append("new")
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value


class Other:
    def __new__(cls, value):
        return value


class Sub(Plain):
    pass


def instances(n):
    made = []
    kinds = (Plain, Sub, WithNew, Other, int, dict)
    for i in range(n):
        kind = kinds[i % len(kinds)]
        made.append(kind(i) if kind is not dict else kind())
    Plain.__init__ = lambda self, a, b=3: setattr(self, "a", -a)
    late = Plain(7)
    print(late.a, getattr(late, "b", None))
    for bad in (lambda: Returns(), lambda: Plain(), lambda: Plain(1, 2, 3)):
        try:
            bad()
        except TypeError as error:
            print("TypeError", error)
    return [(type(m).__name__, getattr(m, "a", getattr(m, "value", m))) for m in made[-6:]]


print(instances(1500), trace.count("new"))
