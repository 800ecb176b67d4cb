# OrderedDict: CPython's own pure-Python version over dict: order operations, equality, views
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([("a", 0), ("c", 0), ("e", 0)]), od == OrderedDict([("c", 0), ("a", 0), ("e", 0)]))
print(od == {"c": 0, "a": 0, "e": 0})
print(list(reversed(od)), list(reversed(od.items())), list(od.values()))
od["z"] = 1
del od["a"]
print(list(od.keys()), len(od), "z" in od)
print(od.setdefault("y", 5), od.pop("c"), od.pop("nope", "dflt"))
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
c = od.copy()
c["w"] = 0
print(list(od), list(c), type(c).__name__)
print(od | {"new": 1}, type(od | {"new": 1}).__name__)
od.clear()
print(od, len(od))
r = OrderedDict(a=1)
r["self"] = r
print(r)
big = OrderedDict((i, i * i) for i in range(50))
for i in range(0, 50, 3):
    big.move_to_end(i, last=i % 2 == 0)
print(list(big)[:10], list(big)[-5:])
