# Classes and dataclasses

from dataclasses import dataclass, field


class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self!r:44} area {self.area():6.2f}"


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius**2

    def __repr__(self):
        return f"Circle({self.radius})"


@dataclass
class Rectangle(Shape):
    width: float
    height: float
    tags: list = field(default_factory=list, compare=False)

    def area(self):
        return self.width * self.height


shapes = [Circle(1), Rectangle(2, 3, ["door"]), Circle(0.5)]
shapes.append(Rectangle(1, 1))
for shape in sorted(shapes, key=lambda shape: shape.area()):
    print(shape.describe())

print(Rectangle(2, 3) == Rectangle(2, 3, ["window"]))
print([cls.__name__ for cls in Rectangle.__mro__])
Rectangle(4, 5)
