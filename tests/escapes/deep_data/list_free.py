# kind 8: deep data across the boundary: del d
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
del d
