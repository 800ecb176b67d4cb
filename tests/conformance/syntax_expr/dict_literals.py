d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), "b" in d, 2 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.get("a"))
del d["b"]
print(d)
d2 = dict(x=1, y=2)
d3 = dict([("p", 1), ("q", 2)])
d4 = dict(zip("abc", range(3)))
print(d2, d3, d4)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key"}[(1, 2)])
merged = d2 | d3
print(merged)
d2 |= {"y": 20, "z": 30}
print(d2)
print({k: v for k, v in sorted(d4.items(), reverse=True)})
