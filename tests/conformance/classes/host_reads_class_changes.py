# Attribute reads and stores at one site while the class under it changes: class-level
# defaults shadowed and deleted, a data descriptor appearing on a base, a class
# attribute whose type gains __get__ later.
class Base:
    pass


class Counter(Base):
    step = 1

    def __init__(self):
        self.count = 0


class Marker:
    pass


def read_count(obj):
    return obj.count


def read_step(obj):
    return obj.step


def bump(obj, n):
    for _ in range(n):
        obj.count = obj.count + obj.step
    return obj.count


c = Counter()
print(bump(c, 5), read_step(c), read_count(c))
c.step = 3
print(bump(c, 2), read_step(c))
del c.step
print(read_step(c))
Counter.step = 10
print(bump(c, 1), read_step(c))

Base.count = property(lambda self: -1, lambda self, v: print("set", v))
print(read_count(c), bump(c, 1), "count" in vars(c))
del Base.count
print(read_count(c))

Counter.step = Marker()
print(type(read_step(Counter())).__name__)
Marker.__get__ = lambda self, obj, owner: "bound step"
print(read_step(Counter()), read_step(c))
del Marker.__get__
print(type(read_step(c)).__name__)
