class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
    def __repr__(self):
        return f"{float(self):.1f}°C"
c = Celsius(36.66)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__)
print(c > 36, round(c), int(c), c.is_integer(), float(c))
print(sorted([Celsius(3), Celsius(-1.25), 2.0]))
print(f"{c:.3f}", f"{c}", str(c))
