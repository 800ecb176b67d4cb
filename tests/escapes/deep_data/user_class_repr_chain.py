# kind 8: deep data across the boundary: repr(n)
class N:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'N(%r)' % (self.n,)
n = None
for i in range(200_000):
    n = N(n)
repr(n)
