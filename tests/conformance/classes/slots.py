class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError:
    print("AttributeError: no z")
print(hasattr(p, "__dict__"))
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class Loose(Point):
    pass
l = Loose(0, 0)
l.extra = "ok"
print(l.extra, hasattr(l, "__dict__"))
e = Point.__new__(Point)
try:
    print(e.x)
except Exception as e:
    print("caught", type(e).__name__)
