# kind 8: deep data across the boundary:     d = None
for j in range(3):
    d = []
    for i in range(15000):
        d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
    d = None
