s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
s.add(10)
s.discard(99)
s.remove(1)
print(sorted(s))
e = set()
print(e, len(e), type({}).__name__)
fs = frozenset([1, 2, 2])
print(sorted(fs), fs == {1, 2}, hash(fs) == hash(frozenset({2, 1})))
a -= {1}
a |= {9}
a &= {2, 3, 9}
print(sorted(a))
print(sorted({x % 3 for x in range(10)}))
