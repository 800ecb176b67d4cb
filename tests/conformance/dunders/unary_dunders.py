class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:04b})"
    def __invert__(self):
        return Bits(~self.v & 0b1111)
    def __neg__(self):
        return Bits((-self.v) & 0b1111)
    def __pos__(self):
        return self
    def __abs__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded {n}"
b = Bits(5)
print(~b, -b, +b, abs(b), int(b), float(b), complex(b))
print(round(b), round(b, 2))
print(~~b, -(-b))
class NoNeg:
    pass
-NoNeg()
