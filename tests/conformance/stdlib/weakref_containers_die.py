# The weak containers of CPython's weakref.py drop entries as their objects die.
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


keys = weakref.WeakKeyDictionary()
a, b, c = Item("a"), Item("b"), Item("c")
keys[a] = 1
keys[b] = 2
keys[c] = 3
print(len(keys), sorted(v for v in keys.values()))
del b
print(len(keys), sorted(k.name for k in keys.keys()), b"" or keys.get(a))

values = weakref.WeakValueDictionary()
values["a"] = a
values["c"] = c
values["t"] = Item("temporary")
print(sorted(values), values.get("t"))
print(values.setdefault("c", Item("other")), values.pop("a").name)
del c
print(sorted(values), len(values), "c" in values)
try:
    values["c"]
except KeyError as error:
    print("KeyError", error)

group = weakref.WeakSet()
items = [Item(str(i)) for i in range(5)]
for item in items:
    group.add(item)
print(len(group))
del items[1:3]
print(len(group), sorted(i.name for i in group))
items.clear()
print(len(group), list(group))

# A WeakValueDictionary as a cache of live objects.
cache = weakref.WeakValueDictionary()


def load(name):
    found = cache.get(name)
    if found is None:
        found = Item(name)
        cache[name] = found
        print("loaded", name)
    return found


x = load("x")
y = load("x")
print(x is y)
del x, y
z = load("x")
print(len(cache), z)
