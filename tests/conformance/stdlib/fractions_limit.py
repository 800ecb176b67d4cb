# fractions: limit_denominator, from_float/from_decimal, continued fractions
from fractions import Fraction
from decimal import Decimal
import math

pi = Fraction(math.pi)
print(pi, pi.limit_denominator(10), pi.limit_denominator(1000), pi.limit_denominator(100000))
print(Fraction.from_float(0.1), Fraction(0.1).limit_denominator(), Fraction.from_decimal(Decimal("3.1416")))
print(Fraction(Decimal("-0.125")), Fraction("3.5e-2"), Fraction(1, 3).limit_denominator(2))

def continued(x, terms):
    out = []
    for _ in range(terms):
        whole = math.floor(x)
        out.append(whole)
        x -= whole
        if x == 0:
            break
        x = 1 / x
    return out

print(continued(Fraction(415, 93), 10), continued(Fraction(math.sqrt(2)).limit_denominator(10**6), 8))
print(math.floor(Fraction(-7, 3)), math.ceil(Fraction(-7, 3)), math.trunc(Fraction(-7, 3)))
