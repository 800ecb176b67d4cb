# kind 8: deep data across the boundary: list(m)
m = [1]
for i in range(10_000):
    m = map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, map(abs, m))))))))))))))))))))
list(m)
