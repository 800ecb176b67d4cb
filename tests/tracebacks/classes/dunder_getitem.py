class Grid:
    def __getitem__(self, key):
        row, col = key
        return row * col


g = Grid()
print(g[1, 2])
print(g[3])
