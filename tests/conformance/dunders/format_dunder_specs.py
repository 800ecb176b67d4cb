class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        v = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(v, num_spec or ".1f") + unit
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.3K}", f"{t:>10.0fC}")
print(format(t, "F"), "{:.2F}".format(t))
class Default:
    pass
print(format(3, ""), format("x", "^5") + "|")
try:
    format(Default(), "abc")
except TypeError:
    print("TypeError non-empty spec on object")
print(f"{Default.__name__:*^11}")
