from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe())
print(isinstance(Sq(1), Shape), issubclass(Sq, Shape))
print(sorted(Shape.__abstractmethods__))
class Partial(Shape):
    pass
try:
    Partial()
except TypeError:
    print("TypeError: abstract")
print(len(Sq.__abstractmethods__))
Shape()
