s = {(x % 2, x % 3) for x in range(12)}
print(sorted(s), len(s))
print({1, 1.0, True})
print(len({0, False, 0.0, -0.0}))
words = ["Hi", "hi", "HI", "ho"]
print(sorted({w.lower() for w in words}))
print({frozenset({1, 2}), frozenset({2, 1})})
a = {x for x in range(10) if x % 2}
b = {x for x in range(10) if x % 3 == 0}
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(sorted({c for w in words for c in w}))
