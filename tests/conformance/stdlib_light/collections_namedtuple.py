from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30), Person("bob", 25, "nyc"))
print(Point._make([5, 6]), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
class P3(namedtuple("P3", "x y z")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
print(P3(2, 3, 6).norm(), P3(1, 1, 1))
