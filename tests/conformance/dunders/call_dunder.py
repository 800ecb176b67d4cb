class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
m = Multiplier(3)
print(m(5), m(5, offset=1), callable(m), callable(Multiplier))
print(list(map(m, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c(); c()
print(c.n)
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("a")("b")("c"))
