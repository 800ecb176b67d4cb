# kind 8: deep data across the boundary: raise ValueError(d)
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
raise ValueError(d)
