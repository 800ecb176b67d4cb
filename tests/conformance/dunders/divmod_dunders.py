class M:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v // o, self.v % o)
    def __rdivmod__(self, o):
        return ("rdivmod", o // self.v, o % self.v)
    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)
    def __rpow__(self, b):
        return ("rpow", b, self.v)
print(divmod(M(17), 5), divmod(17, M(5)))
print(M(2) ** 3, pow(M(2), 3, 5), 2 ** M(3))
class Trunc:
    def __trunc__(self):
        return 7
    def __floor__(self):
        return 6
    def __ceil__(self):
        return 8
import math
print(math.trunc(Trunc()), math.floor(Trunc()), math.ceil(Trunc()))
