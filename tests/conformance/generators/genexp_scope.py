x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
print(C.total)
def make():
    n = 2
    return (i * n for i in range(3))
print(list(make()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(i for i in range(10) if i % 3 == 0))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(tuple(c.upper() for c in "abc"), set(n % 3 for n in range(7)) == {0, 1, 2})
