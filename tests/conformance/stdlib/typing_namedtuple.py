# typing.NamedTuple: class syntax, defaults, methods, the functional form.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.x, p.y, p.norm1())
print(Point(5), Point._fields, Point._field_defaults)
print(Point.__annotations__)
print(p._replace(y=10), p._asdict())
print(tuple(p), p == (3, -4), isinstance(p, tuple))
x, y = p
print(x + y)
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("Ada", 7)
print(e, Employee._fields, Employee.__name__)
print(Point._make([1, 2]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    Point()
except TypeError as err:
    print("TypeError", err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError", err)
