from functools import cached_property
class Data:
    def __init__(self, xs):
        self.xs = xs
        self.computes = 0
    @cached_property
    def total(self):
        self.computes += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.computes)
print("total" in vars(d))
d.xs.append(4)
print(d.total)
del d.total
print(d.total, d.computes)
d.total = 99
print(d.total)
print(type(Data.total).__name__)
