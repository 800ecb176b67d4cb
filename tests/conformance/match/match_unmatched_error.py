class Shape:
    pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
def area(s):
    match s:
        case Circle(r):
            return 3 * r * r
    raise TypeError(f"unsupported shape {type(s).__name__}")
print(area(Circle(2)))
print(area(Shape()))
