# weakref.ref details a program can see while its object lives: callbacks kept but not
# called, subclasses of ref carrying extra data, equality and hashing, getweakrefcount.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


log = []


def on_gone(ref):
    log.append("gone")


res = Resource("db")
r1 = weakref.ref(res, on_gone)
r2 = weakref.ref(res)
print(r1() is res, r1.__callback__ is on_gone, r2.__callback__, log)
print(r1 == r2, hash(r1) == hash(r2), type(r1) is weakref.ReferenceType, callable(r1))


class NamedRef(weakref.ref):
    def __init__(self, obj, label, callback=None):
        super().__init__(obj, callback)
        self.label = label


named = NamedRef(res, "primary")
print(named.label, named() is res, isinstance(named, weakref.ref), type(named).__name__)
print(named == r1, NamedRef.__mro__[1] is weakref.ref)

lookup = {r2: "resource"}
print(lookup[weakref.ref(res)], weakref.ref(res) in lookup)


class Slotted:
    __slots__ = ("value",)


class SlottedWeak:
    __slots__ = ("value", "__weakref__")


print(weakref.ref(SlottedWeak())() is not None or True)
for target in (Slotted(), 3, "text", (1, 2), [1], {"a": 1}, None):
    try:
        weakref.ref(target)
        print("ok", type(target).__name__)
    except TypeError:
        print("TypeError", type(target).__name__)
try:
    weakref.ref()
except TypeError:
    print("TypeError no argument")
