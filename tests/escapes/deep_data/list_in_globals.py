# kind 8: deep data across the boundary: x = 1
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
x = 1
