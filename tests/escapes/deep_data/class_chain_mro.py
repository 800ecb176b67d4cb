# kind 8: deep data across the boundary: C.mro()
C = object
for i in range(20_000):
    C = type('C', (C,), {})
C().x = 1
C.mro()
