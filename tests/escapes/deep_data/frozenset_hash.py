# kind 8: deep data across the boundary: hash(d)
d = frozenset()
for i in range(15000):
    d = frozenset([frozenset([frozenset([frozenset([frozenset([d])])])])])
hash(d)
