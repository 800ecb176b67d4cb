class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x, self.y}"
pts = [P(1, 2), P(2, 1), P(1, 2), P(0, 0)]
uniq = set(pts)
print(len(uniq), sorted(uniq, key=lambda p: (p.x, p.y)))
d = {}
for p in pts:
    d[p] = d.get(p, 0) + 1
print(sorted(d.items(), key=lambda kv: (kv[0].x, kv[0].y)))
print(hash(P(1, 2)) == hash((1, 2)), hash(P(3, 4)) == hash(P(3, 4)))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
