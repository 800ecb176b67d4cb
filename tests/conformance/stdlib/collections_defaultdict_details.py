# defaultdict: CPython's C type, ours in sandbox Python: repr, missing keys, copies, merges
from collections import defaultdict
import copy

d = defaultdict(list)
d["a"].append(1)
d["b"]
print(repr(d), len(d), "c" in d, d.get("c"), d.default_factory)
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(repr(n), n.default_factory)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
c = d.copy()
c["a"].append(2)
print(type(c).__name__, c == d, c["a"] is d["a"], copy.copy(d) == d)
print(dict(d | {"z": 0}), type(d | {"z": 0}).__name__, type({"z": 0} | d).__name__)
d |= {"q": [9]}
print(sorted(d))
class Counts(defaultdict):
    pass
k = Counts(int, {"x": 1})
k["y"] += 2
print(repr(k), isinstance(k, dict), k == {"x": 1, "y": 2})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
dd = defaultdict(int, a=1, b=2)
print(sorted(dd.items()), dd.pop("a"), dd["zz"], sorted(dd))
deep = copy.deepcopy(d)
print(deep == d, deep["a"] is d["a"])
