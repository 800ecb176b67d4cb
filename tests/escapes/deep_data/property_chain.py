# kind 8: deep data across the boundary: A().p
class A:
    pass
p = property(lambda s: 1)
for i in range(100_000):
    p = property(p.__get__)
A.p = p
A().p
