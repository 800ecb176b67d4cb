# Weak references die with their object: callbacks in CPython's order, hashes cached
# while alive, equality falling back to identity once dead, counts and lists.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


log = []
node = Node("a")
first = weakref.ref(node, lambda r: log.append("first"))
second = weakref.ref(node, lambda r: log.append("second"))
plain = weakref.ref(node)
print(weakref.getweakrefcount(node), len(weakref.getweakrefs(node)))
print(first() is node, first == second, first == plain, first.__callback__ is not None)
kept_hash = hash(first)
print(kept_hash == hash(node))
del node
print(log, first(), second(), plain())
print(hash(first) == kept_hash)
try:
    hash(second)
except TypeError as error:
    print("TypeError:", error)
print(first == second, first == first, first != second)

# A reference that dies before its object calls nothing.
calls = []
target = Node("b")
temporary = weakref.ref(target, lambda r: calls.append("temporary"))
del temporary
del target
print(calls)

# A callback sees its own (dead) reference.
seen = []
holder = Node("c")
ref = weakref.ref(holder, lambda r: seen.append(r is ref and r() is None))
holder = None
print(seen)

# What can and cannot be referenced.
def function():
    return 1


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


for value in (function, Plain, Plain(), {1, 2}, frozenset({3}), SlottedWeak(), Node("d").__init__):
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as error:
        print(type(value).__name__, "TypeError:", error)
for value in (1, "s", (1,), [1], {"a": 1}, None, 2.5, b"x", Slotted(), object()):
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as error:
        print("TypeError:", error)

# Arguments.
for args in ((), (Plain, None, 1)):
    try:
        weakref.ref(*args)
    except TypeError as error:
        print("TypeError:", error)
