def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    todo = {src}
    done = set()
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        done.add(u)
        for v, w in sorted(graph.get(u, {}).items()):
            nd = dist[u] + w
            if v not in done and nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                todo.add(v)
    return dist, prev
def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
g = {
    "A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9},
}
dist, prev = dijkstra(g, "A")
print(sorted(dist.items()))
for target in "BDEF":
    print(target, dist[target], "->".join(path(prev, target)))
