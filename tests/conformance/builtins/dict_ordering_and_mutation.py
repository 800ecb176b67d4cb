d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = 0
print(list(d))
d2 = dict(d)
print(d2 == d, list(d2))
print(list({1: 1, 2: 2, 1.0: 3}.items()))
print({True: "a", 1: "b"})
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), next(iter(counts)), list(counts)[-1])
print({k: v for k, v in counts.items() if v > 1})
