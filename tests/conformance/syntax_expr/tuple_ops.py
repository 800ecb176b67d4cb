t = (1, 2, 3)
print(t + (4,), t * 2, len(t), t[1], t[-1])
print((), (1,), tuple(), tuple("ab"))
print(t.count(2), t.index(3), 2 in t)
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
a, b, c = t
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(max((3, "a"), (3, "b"), (2, "z")))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
x = 1, 2
print(type(x).__name__, x)
print(hash((1, 2)) == hash((1, 2)))
print(tuple(i * i for i in range(4)))
single = 5,
print(single)
