# kind 8: deep data across the boundary: a == b
a = []
b = []
for i in range(15000):
    a = [[[[[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]]]]]]
    b = [[[[[[[[[[[[[[[[[[[[b]]]]]]]]]]]]]]]]]]]]
a == b
