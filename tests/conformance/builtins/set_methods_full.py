s = {1, 2, 3}
s.add(4)
s.update([5, 6], {7})
s.discard(100)
s.remove(1)
print(sorted(s), s.pop() in range(10), len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({5}), {1, 2} < a, a > a)
c = a.copy()
c.intersection_update(b)
print(sorted(c))
c = a.copy()
c.difference_update({1})
print(sorted(c))
c.symmetric_difference_update({3, 9})
print(sorted(c))
c.clear()
print(c, set("aab") == {"a", "b"}, frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__)
try:
    set().pop()
except KeyError:
    print("KeyError pop empty")
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e.args)
