# Attribute reads and stores at one site while __getattr__ and __setattr__ come and go,
# on plain and slotted classes, slots set, unset and deleted; a read that fails leaves
# no other error as its context.
class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


def read_a(obj):
    try:
        return obj.a
    except AttributeError as e:
        return ("missing", type(e).__name__, e.__context__ is None)


def store_a(obj, value):
    obj.a = value


p = Plain()
print(read_a(p))
Plain.__getattr__ = lambda self, name: "fallback " + name
print(read_a(p))
store_a(p, 1)
print(read_a(p))
del p.a
del Plain.__getattr__
print(read_a(p))
Plain.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
store_a(p, 4)
print(read_a(p))
del Plain.__setattr__
store_a(p, 4)
print(read_a(p))

s = Slotted()
print(read_a(s))
store_a(s, 7)
print(read_a(s))
del s.a
print(read_a(s))
Slotted.__getattr__ = lambda self, name: "slot fallback"
print(read_a(s))
try:
    store_a(s, Slotted())
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, read_a(s) is not None)
