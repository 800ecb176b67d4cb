# kind 8: deep data across the boundary: b['b'] = b
a = [1]
a.append(a)
b = {'a': a}
b['b'] = b
