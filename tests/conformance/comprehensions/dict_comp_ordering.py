d = {c: i for i, c in enumerate("hello")}
print(d)
print(list(d.keys()), list(d.values()))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({k: v for k, v in sorted({"z": 1, "a": 3, "m": 2}.items(), key=lambda kv: kv[1])})
print(dict(sorted({"b": 1, "a": 2}.items())))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
