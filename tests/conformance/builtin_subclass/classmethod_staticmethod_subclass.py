# Subclasses of classmethod and staticmethod act as the descriptors they derive from.
class registered(classmethod):
    names = []

    def __init__(self, func):
        registered.names.append(func.__name__)
        super().__init__(func)


class logged(staticmethod):
    def __get__(self, obj, owner=None):
        print("logged get", owner.__name__)
        return super().__get__(obj, owner)


class tagged(staticmethod):
    tag = "t"


class Base:
    @registered
    def make(cls, n):
        return f"{cls.__name__}({n})"

    @logged
    def helper(x):
        return x + 1

    @tagged
    def plain(x):
        return x * 3


class Child(Base):
    pass


print(Base.make(1), Child.make(2), Child().make(3), registered.names)
print(Base.helper(1), Child().helper(2))
print(Base.plain(2), Base.__dict__["plain"].tag, Base.__dict__["plain"].__func__.__name__)
d = Base.__dict__["make"]
print(type(d).__name__, isinstance(d, classmethod), d.__func__.__name__)
d.extra = 1
print(d.extra, type(Base.__dict__["helper"]).__mro__[1].__name__)
try:
    registered()
except TypeError as e:
    print("TypeError")
