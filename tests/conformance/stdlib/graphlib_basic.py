import graphlib

graph = {"d": {"b", "c"}, "c": {"a"}, "b": {"a"}, "e": {"d"}}
ts = graphlib.TopologicalSorter(graph)
order = list(ts.static_order())
print(order[0], order[-1], len(order))
print(all(order.index(dep) < order.index(node) for node, deps in graph.items() for dep in deps))
ts = graphlib.TopologicalSorter()
for node, deps in [("x", ["y"]), ("y", ["z"]), ("w", [])]:
    ts.add(node, *deps)
print([n for n in ts.static_order() if n in "xyz"])
