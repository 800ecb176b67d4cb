class Vec(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Vec(r) if isinstance(i, slice) else r
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
    def __mul__(self, k):
        return Vec(a * k for a in self)
    def __rmul__(self, k):
        return self * k
v = Vec([1, 2, 3, 4])
print(v[1:3], type(v[1:3]).__name__, v[0], v + v, v * 3, 2 * v)
print(v[::-1] + Vec([10, 10, 10, 10]))
v += [100, 100]
print(v, type(v).__name__)
print(sum(v), len(v), v.count(101))
