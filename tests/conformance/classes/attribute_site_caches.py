# Attribute, method and store sites that see many classes, and classes that change
# under a site after it has run: every read, call and store must follow the change.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy=1):
        self.x += dx
        self.y += dy
        return self


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read(p):
    return p.x, p.y


def call(p):
    return p.norm()


def store(p, v):
    p.x = v
    return p.x


p, s = Point(1, 2), Slotted(3, 4)
for _ in range(3):
    print(read(p), read(s), call(p), call(s), store(p, 5), store(s, 6))

# A class attribute becomes a property: the site must stop reading the instance dict.
Point.x = property(lambda self: "property x")
print(read(p), store.__name__)
try:
    store(p, 7)
except AttributeError:
    print("AttributeError")  # the wording differs between CPython versions
del Point.x
print(read(p))

# A method replaced on the class, then shadowed on the instance, then restored.
Point.norm = lambda self: "replaced"
print(call(p))
p.norm = lambda: "instance"
print(call(p))
del p.norm
del Point.norm
try:
    call(p)
except AttributeError as e:
    print("AttributeError", e)


def norm(self):
    return -1


Point.norm = norm
print(call(p))

# __getattr__ added after the site failed once.
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
Point.__getattr__ = lambda self, name: "hook " + name
print(p.missing, read(p))

# __setattr__ added after the store site ran.
log = []
Point.__setattr__ = lambda self, name, value: log.append((name, value))
print(store(p, 11), log)
del Point.__setattr__
print(store(p, 12))

# __class__ changed under the sites.


class Other:
    x = "class x of Other"

    def norm(self):
        return "Other.norm"


q = Point(8, 9)
print(read(q), call(q))
q.__class__ = Other
print(q.x, call(q), q.__dict__)

# An unset slot, then set; a slot deleted.
t = Slotted.__new__(Slotted)
for attempt in range(2):
    try:
        print(read(t))
    except AttributeError as e:
        print("AttributeError", e)
    t.x, t.y = 1, 1
del t.y
try:
    read(t)
except AttributeError as e:
    print("AttributeError", e)

# Classes made and dropped in a loop: a new class may reuse a dead one's address.
results = []
for i in range(200):

    class Temp:
        def __init__(self, i):
            self.x = i
            self.y = -i

        def norm(self):
            return "temp"

    if i % 2:
        Temp.norm = lambda self, i=i: i
    results.append((read(Temp(i)), call(Temp(i)), store(Temp(i), i * 3)))
print(results[:3], results[-3:], len(results))

# Methods with defaults, called with and without them, and from a subclass.


class Sub(Point):
    def move(self, dx, dy=10):
        return super().move(dx, dy)


for obj in (Point(0, 0), Sub(0, 0), Point(1, 1)):
    obj.move(1)
    obj.move(1, 2)
    print(type(obj).__name__, read(obj))
    obj.move(dx=3)
    print(read(obj))

# Unbound local at an attribute site.


def unbound():
    try:
        print(v.x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        v.x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    v = Point(0, 0)
    v.x = 1
    return v.x


print(unbound())


# A user __init__ that returns a value, and a class whose __new__ changes later.
class Bad:
    def __init__(self):
        return 1


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError", e)


class Made:
    def __init__(self, v):
        self.v = v


def make(v):
    return Made(v)


print(make(1).v)
Made.__new__ = lambda cls, v: "made by __new__"
print(make(2))


# Classes whose metaclass is a sandbox class: a site reading or calling an attribute of
# the class must look in the class's own MRO first, then in the metaclass.
class Meta(type):
    def describe(cls):
        return "Meta.describe of " + cls.__name__

    tag = "meta tag"


class Base(metaclass=Meta):
    @staticmethod
    def describe():
        return "Base.describe (static)"

    @classmethod
    def build(cls):
        return cls.__name__

    tag = "base tag"


class Leaf(Base):
    pass


class Bare(metaclass=Meta):
    pass


def read_class(c):
    return c.tag, c.describe(), c.build() if hasattr(c, "build") else None


for c in (Base, Leaf, Bare, Leaf):
    print(read_class(c))
Leaf.tag = "leaf tag"
print(read_class(Leaf))


def set_class(c, v):
    c.tag = v
    return c.tag


print(set_class(Bare, 1), set_class(Leaf, 2), Meta.tag)
