# kind 3: sort of a big list with a Python key and __lt__ (metered callbacks inside one host sort)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        for i in range(100):
            pass
        return self.v < other.v
a = [K(i % 1000) for i in range(200_000)]
a.sort()
