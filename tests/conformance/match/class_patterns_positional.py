class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z
def classify(v):
    match v:
        case Vec(0, 0, 0):
            return "zero"
        case Vec(x, 0, 0):
            return f"x-only {x}"
        case Vec(x, y):
            return f"xy {x} {y} (z any)"
print(classify(Vec(0, 0)), classify(Vec(4, 0)), classify(Vec(1, 2, 3)))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError:
    print("TypeError: no __match_args__")
class Two:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
match Two():
    case Two(a, b):
        print("never")
