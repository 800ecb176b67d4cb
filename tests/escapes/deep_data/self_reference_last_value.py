# kind 8: deep data across the boundary: (a, d)
a = []
a.append(a)
d = {}
d['d'] = d
(a, d)
