# kind 3: keys with the same hash and a slow __eq__ (quadratic dict insertion)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
d = {}
for i in range(100_000):
    d[K(i)] = i
