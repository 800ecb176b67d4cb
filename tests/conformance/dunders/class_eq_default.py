class A:
    def __init__(self, v):
        self.v = v
class B(A):
    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
a, b = A(1), B(1)
print(a == a, a == A(1), b == a, a == b, b == B(1))
print(b != a, b != B(2), a != A(1))
print(b == 1, 1 == b, b != "x")
print([b].count(a), a in [b], b in [a])
print(b.__eq__(1), B.__hash__)
