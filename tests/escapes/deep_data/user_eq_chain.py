# kind 8: deep data across the boundary: a == b
class N:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
a = b = None
for i in range(200_000):
    a, b = N(a), N(b)
a == b
