# fractions: a realistic use, Egyptian fractions and harmonic numbers
from fractions import Fraction
import math

def egyptian(fr):
    parts = []
    while fr.numerator:
        unit = Fraction(1, math.ceil(fr.denominator / fr.numerator))
        parts.append(unit)
        fr -= unit
    return parts

for fr in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15), Fraction(99, 100)]:
    parts = egyptian(fr)
    print(fr, "=", " + ".join(str(p) for p in parts), sum(parts) == fr)
h = Fraction(0)
for n in range(1, 21):
    h += Fraction(1, n)
print("H20 =", h, float(h))
print(Fraction(math.comb(20, 10), 2 ** 20), Fraction(10 ** 30 + 1, 10 ** 29))
