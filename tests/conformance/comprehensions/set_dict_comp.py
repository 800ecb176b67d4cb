print(sorted({x % 5 for x in range(20)}))
print({w: len(w) for w in ["a", "bb", "ccc"]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i: i ** 2 for i in range(5) if i % 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
s = "mississippi"
print({c: s.count(c) for c in sorted(set(s))})
print(sorted({c.lower() for c in "HeLLo WoRLD" if c.isalpha()}))
d = {k: [] for k in "ab"}
d["a"].append(1)
print(d)
print({x: y for x, y in zip("abc", range(3))})
print({k: v for k, v in [("a", 1), ("a", 2), ("b", 3)]})
