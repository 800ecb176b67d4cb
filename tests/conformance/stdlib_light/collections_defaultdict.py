from collections import defaultdict
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), counts["missing"], "missing" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s[1].add("a")
s[1].add("a")
print(dict(s), s.default_factory is set)
d = defaultdict(None)
try:
    d["k"]
except KeyError:
    print("KeyError without factory")
