# weakref.ref and CPython's _weakrefset.WeakSet (the sandbox's references keep their
# object, which is what a program sees while the object is alive).
import weakref
from _weakrefset import WeakSet


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


a, b, c = Node("a"), Node("b"), Node("c")
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), r != weakref.ref(b), hash(r) == hash(a))
print(type(r) is weakref.ReferenceType, r.__callback__, isinstance(r, weakref.ref))
for value in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(value)
    except TypeError:
        print("TypeError", type(value).__name__)
s = WeakSet([a, b])
print(len(s), a in s, c in s, 3 in s, [] in s)
s.add(c)
s.discard(a)
print(sorted(x.name for x in s), len(s))
t = WeakSet([b, a])
print(sorted(x.name for x in s | t), sorted(x.name for x in s & t), sorted(x.name for x in s - t))
print(s.issuperset([b]), t <= WeakSet([a, b, c]), s == WeakSet([b, c]))
print(s.pop() in (b, c), len(s), bool(WeakSet()))
u = s.copy()
u.clear()
print(len(u), len(s))
