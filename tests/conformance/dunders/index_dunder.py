class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
L = list("abcdef")
print(L[Idx(2)], L[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)) if hasattr(int, "__index__") else "")
print(operator_like := (lambda i: i.__index__())(Idx(9)))
class NoIdx:
    pass
try:
    L[NoIdx()]
except TypeError:
    print("TypeError not an index")
print(L[True], L[False])
try:
    L[NoIdx()]
except Exception as e:
    print("caught", type(e).__name__)
