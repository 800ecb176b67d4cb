from collections import defaultdict, deque
edges = [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c"), ("c", "e")]
graph = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    graph[u].append(v)
    indeg[v] += 1
    indeg[u] += 0
q = deque(sorted(n for n in indeg if indeg[n] == 0))
order = []
while q:
    n = q.popleft()
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            q.append(m)
print(order, dict(graph))
