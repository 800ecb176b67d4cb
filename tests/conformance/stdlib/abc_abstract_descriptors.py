# CPython's abc: abstractclassmethod, abstractstaticmethod and abstractproperty are
# subclasses of the descriptors; __abstractmethods__ and update_abstractmethods.
import abc


class Shape(abc.ABC):
    @abc.abstractclassmethod
    def unit(cls): ...

    @abc.abstractstaticmethod
    def sides(): ...

    @abc.abstractproperty
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    @classmethod
    @abc.abstractmethod
    def kind(cls): ...


for key in ("unit", "sides", "area", "name", "kind"):
    d = Shape.__dict__[key]
    print(key, type(d).__name__, type(d).__mro__[1].__name__, d.__isabstractmethod__)
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError", "Shape" in str(e))


class Square(Shape):
    @classmethod
    def unit(cls):
        return cls("unit")

    @staticmethod
    def sides():
        return 4

    area = 1

    def __init__(self, label):
        self.label = label


print(sorted(Square.__abstractmethods__))
Square.name = property(lambda self: self.label)
Square.kind = classmethod(lambda cls: "square")
print(sorted(abc.update_abstractmethods(Square).__abstractmethods__))
s = Square.unit()
print(s.label, s.name, Square.kind(), Square.sides(), s.area, isinstance(s, Shape))
print(abc.ABCMeta.__module__, type(Shape).__name__, abc.ABC.__slots__)
