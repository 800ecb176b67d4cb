print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xyz", range(3)), 10):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(["k1", "k2"], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError:
    print("ValueError zip strict")
print(list(zip([1], [2], strict=True)))
e = enumerate("hi")
print(next(e), next(e), next(e, None))
print(list(zip(range(3), range(10, 13), range(20, 23))))
rows = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*rows)])
