# User __getitem__/__setitem__ called by subscripts: plain, defaults, looping bodies, patching.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value


class Scaled(Grid):
    def __getitem__(self, key, factor=3):
        return factor * super().__getitem__(key)


class Looping:
    def __getitem__(self, k):
        total = 0
        for i in range(k):
            total += i
        return total


class Meta(type):
    def __getitem__(cls, k):
        return ("meta", k)


class K(metaclass=Meta):
    pass


class Deep:
    def __getitem__(self, k):
        return self[k + 1]


g = Grid()
g[1, 2] = 5
g["a"] = 1
print(g[1, 2], g["a"], g["zz"])
s = Scaled()
s[0] = 4
print(s[0], Looping()[5], K[3])
try:
    Deep()[0]
except RecursionError:
    print("recursion")
Grid.__getitem__ = lambda self, k: ("patched", k)
print(g[7], s[0])
try:
    Grid()["x", "y"] = 1
    print("stored")
    Looping()[None]
except TypeError as e:
    print(type(e).__name__)
