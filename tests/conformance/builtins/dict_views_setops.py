d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 30, "d": 40}
k1, k2 = d1.keys(), d2.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2))
print(sorted(d1.items() & {("a", 1), ("b", 5)}), k1 == {"a", "b", "c"})
print(k1 <= {"a", "b", "c", "z"}, k1.isdisjoint({"q"}), len(k1))
keys = d1.keys()
vals = d1.values()
items = d1.items()
d1["e"] = 5
del d1["a"]
print(list(keys), list(vals), list(items))
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
print(sorted(d1.values()), 5 in vals, ("e", 5) in items)
try:
    for k in d1:
        d1["new"] = 1
except RuntimeError:
    print("RuntimeError: dict changed size during iteration")
