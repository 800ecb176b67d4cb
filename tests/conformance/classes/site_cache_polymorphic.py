# A base-class method reads and writes self.x on instances of several subclasses.
class Base:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def bump(self):
        self.n += 1
        return self.n

    def set(self, v):
        self.n = v


class A(Base):
    pass


class B(Base):
    @property
    def n(self):
        return self._n * 10

    @n.setter
    def n(self, v):
        self._n = v


class C(Base):
    __slots__ = ("n",)


class D(Base):
    pass


objs = [A(1), B(2), C(3), D(4), A(5), B(6), C(7)]
for _ in range(3):
    print([o.get() for o in objs], [o.bump() for o in objs])
for i, o in enumerate(objs):
    o.set(i)
print([o.get() for o in objs])
c = C.__new__(C)
try:
    c.get()
except AttributeError as e:
    print(type(e).__name__)
Base.get = lambda self: -1
print([o.get() for o in objs])
A.n = property(lambda self: "prop", lambda self, v: None)
print(objs[0].n, objs[0].get(), objs[4].bump() if False else "skip")
del A.n
print(objs[0].n, objs[3].bump())
