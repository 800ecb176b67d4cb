# kind 8: deep data across the boundary: list(m)
m = [1]
for i in range(10_000):
    m = filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, filter(None, m))))))))))))))))))))
list(m)
