from abc import ABC, abstractmethod
class Shape(ABC):
    @property
    @abstractmethod
    def sides(self):
        ...
    @classmethod
    @abstractmethod
    def name(cls):
        ...
    def describe(self):
        return f"{self.name()} with {self.sides} sides"
class Tri(Shape):
    sides = 3
    @classmethod
    def name(cls):
        return "triangle"
print(Tri().describe())
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError:
    print("TypeError abstract")
print(issubclass(Tri, ABC), isinstance(Tri(), Shape))
