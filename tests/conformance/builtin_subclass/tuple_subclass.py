class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])
    def __repr__(self):
        return f"Point{tuple(self)}"
p = Point(1, 2)
print(p, p.x, p.y, len(p), p + (10, 20), p == (1, 2))
a, b = p
print(a, b, type(p[0:1]).__name__, sorted([Point(2, 0), Point(1, 9)]))
print(hash(p) == hash((1, 2)), {p: "v"}[(1, 2)])
class Pair(tuple):
    pass
print(Pair([1, 2]), type(Pair("ab") * 2).__name__)
