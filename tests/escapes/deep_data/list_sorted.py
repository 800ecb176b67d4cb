# kind 8: deep data across the boundary: max(a, b)
a = []
b = []
for i in range(15000):
    a = [[[[[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]]]]]]
    b = [[[[[[[[[[[[[[[[[[[[b]]]]]]]]]]]]]]]]]]]]
sorted([a, b])
max(a, b)
