# kind 8: deep data across the boundary: list(g)
g = iter([1])
for i in range(10_000):
    g = (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in (x for x in g))))))))))))))))))))
list(g)
