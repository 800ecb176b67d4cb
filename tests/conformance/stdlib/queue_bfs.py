import queue

# Breadth-first search over a grid, with a FIFO queue of positions.
grid = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "......#.#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")

frontier = queue.Queue()
frontier.put(start)
came_from = {start: None}
while not frontier.empty():
    r, c = frontier.get()
    if (r, c) == goal:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came_from:
            came_from[(nr, nc)] = (r, c)
            frontier.put((nr, nc))

path = []
node = goal
while node is not None:
    path.append(node)
    node = came_from[node]
path.reverse()
print(len(path) - 1, "steps")
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))

# Dijkstra with a priority queue.
edges = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"c": 10, "d": 15}, "c": {"d": 11, "f": 2}, "d": {"e": 6}, "e": {}, "f": {"e": 9}}
best = {"a": 0}
pq = queue.PriorityQueue()
pq.put((0, "a"))
while not pq.empty():
    dist, node = pq.get()
    if dist > best.get(node, float("inf")):
        continue
    for nxt, w in sorted(edges[node].items()):
        if dist + w < best.get(nxt, float("inf")):
            best[nxt] = dist + w
            pq.put((dist + w, nxt))
print(sorted(best.items()))
