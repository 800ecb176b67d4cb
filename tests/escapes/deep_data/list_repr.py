# kind 8: deep data across the boundary: repr(d)
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
repr(d)
