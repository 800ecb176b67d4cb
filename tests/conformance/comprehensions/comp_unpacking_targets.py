pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s for _, s in pairs])
print([(s, n) for n, s in pairs])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([first for first, *rest in ["abc", "de", "f"]])
print([rest for first, *rest in ["abc", "de", "f"]])
d = {"x": [1, 2], "y": [3]}
print([(k, v) for k, vs in d.items() for v in vs])
print({k: sum(vs) for k, vs in d.items()})
print([i * j for i, j in zip(range(3), range(3, 6))])
