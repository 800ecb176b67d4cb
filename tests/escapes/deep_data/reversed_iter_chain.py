# kind 8: deep data across the boundary: next(m)
m = iter([1])
for i in range(10_000):
    m = iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(iter(m))))))))))))))))))))
next(m)
