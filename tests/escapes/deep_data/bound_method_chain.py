# kind 8: deep data across the boundary: m()
class A:
    def m(self):
        return 1
m = A().m
for i in range(100_000):
    m = m.__get__(A())
m()
