# kind 8: deep data across the boundary: c.sort()
a = []
b = []
for i in range(15000):
    a = [[[[[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]]]]]]
    b = [[[[[[[[[[[[[[[[[[[[b]]]]]]]]]]]]]]]]]]]]
c = [a, b, a, b]
c.sort()
