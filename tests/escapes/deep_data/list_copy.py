# kind 8: deep data across the boundary: g = list(d)
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
e = d.copy()
f = d[:]
g = list(d)
