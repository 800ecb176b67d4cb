# kind 8: deep data across the boundary: [b].index(a)
a = []
b = []
for i in range(15000):
    a = [[[[[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]]]]]]
    b = [[[[[[[[[[[[[[[[[[[[b]]]]]]]]]]]]]]]]]]]]
a in [b]
[b].count(a)
[b].index(a)
