class Level(int):
    names = {0: "LOW", 1: "MID", 2: "HIGH"}
    def __repr__(self):
        return self.names.get(int(self), "?")
    def __str__(self):
        return repr(self).lower()
    def up(self):
        return Level(min(int(self) + 1, 2))
lv = Level(0)
print(lv, repr(lv), lv.up(), repr(lv.up().up().up()))
print([Level(i) for i in range(3)], sorted([Level(2), Level(0)]))
print(lv == 0, lv < 1, Level(1) + Level(1), range(Level(3)))
print("abc"[Level(1)], [1, 2, 3][Level(2)])
print(f"{Level(2)}", f"{Level(2)!r}", f"{Level(2):d}")
