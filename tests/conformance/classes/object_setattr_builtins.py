class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"frozen: {k}")
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print(e)
print(object.__getattribute__(f, "x"))
class WithDefault:
    def __init__(self):
        self.__dict__.update({"a": 1, "b": 2})
w = WithDefault()
print(w.a + w.b)
print(type(object()).__name__, object.__name__)
o = object()
try:
    o.attr = 1
except AttributeError:
    print("AttributeError on plain object")
f.y = 1
