class Flags:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Flags({self.v:#05b})"
    def __and__(self, o):
        return Flags(self.v & o.v)
    def __or__(self, o):
        return Flags(self.v | o.v)
    def __xor__(self, o):
        return Flags(self.v ^ o.v)
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __eq__(self, o):
        return isinstance(o, Flags) and self.v == o.v
    __hash__ = None
R, W, X = Flags(4), Flags(2), Flags(1)
perm = R | W
print(perm, perm & W, perm ^ R, perm << 1, perm >> 1)
print(perm == Flags(6), perm != Flags(6), perm == 6)
perm |= X
print(perm)
perm &= Flags(3)
print(perm)
try:
    hash(perm)
except TypeError:
    print("TypeError unhashable")
