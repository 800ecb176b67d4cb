MAZE = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########
""".strip().splitlines()
def find(ch):
    for r, row in enumerate(MAZE):
        if ch in row:
            return r, row.index(ch)
start, end = find("S"), find("E")
def solve():
    frontier = [start]
    came = {start: None}
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == end:
                path = []
                cur = end
                while cur:
                    path.append(cur)
                    cur = came[cur]
                return path[::-1]
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                p = (r + dr, c + dc)
                if MAZE[p[0]][p[1]] != "#" and p not in came:
                    came[p] = (r, c)
                    nxt.append(p)
        frontier = nxt
    return None
path = solve()
print(len(path) - 1, path[:4])
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
