# A subclass of property: inherited __get__/__set__/__delete__, getter/setter/deleter
# copies of the subclass's own type, and an overridden __get__ that wins.
class Traced(property):
    log = []

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        Traced.log.append(("get", self.fget.__name__))
        return super().__get__(obj, owner)


class Plain(property):
    pass


class Box:
    def __init__(self):
        self._v = 1

    @Traced
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v * 10

    @value.deleter
    def value(self):
        self._v = None

    @Plain
    def twice(self):
        "twice the value"
        return self._v * 2


b = Box()
print(b.value, type(Box.__dict__["value"]).__name__, isinstance(Box.value, property))
b.value = 4
print(b.value, b.twice, Box.twice.__doc__)
del b.value
print(b.value, Traced.log)
try:
    b.twice = 3
except AttributeError as e:
    print("AttributeError", "twice" in str(e))
p = Plain(lambda self: 5)
p.note = "own dict"
print(p.note, sorted(vars(p)), p.fset, p.fdel)
q = p.setter(print)
print(type(q).__name__, q.fset is print, q is p)

