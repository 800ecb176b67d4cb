class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "shape"
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square of " + super().name
class Tri(Shape):
    @property
    def area(self):
        return super().area / 2
print(Square(3).area, Square(3).name, Tri(4, 5).area, Tri(1, 1).name)
class Settable(Shape):
    @Shape.area.setter
    def area(self, v):
        self.w = v / self.h
s = Settable(2, 5)
s.area = 50
print(s.w, s.area)
