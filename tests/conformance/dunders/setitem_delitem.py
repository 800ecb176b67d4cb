class Grid:
    def __init__(self, w, h):
        self.cells = {}
        self.w, self.h = w, h
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get((x, y), ".")
    def __setitem__(self, pos, v):
        print("set", pos, v)
        self.cells[pos] = v
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
del g[1, 1]
print(g)
class SliceLog:
    def __getitem__(self, k):
        return k
s = SliceLog()
print(s[1:2], s[::3], s[1, 2:3], s[...])
try:
    del g[9, 9]
except Exception as e:
    print("caught", type(e).__name__)
