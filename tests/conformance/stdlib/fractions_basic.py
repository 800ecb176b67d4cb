# fractions: construction, arithmetic, normalisation
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, -8), Fraction("1.25"), Fraction(" -3/7 "), Fraction(0.5), Fraction(7))
a, b = Fraction(1, 3), Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, b ** -1, -a, abs(-a))
print(a + 1, 2 - a, a * 3, 1 / a, a + 0.5, a == Fraction(2, 6), a < b, max(a, b), sorted([b, a, Fraction(0)]))
print(a.numerator, a.denominator, float(b), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(2, 3) ** Fraction(1, 1))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), Fraction(1, 2) == 0.5)
print(repr(Fraction(22, 7)), str(Fraction(22, 7)), Fraction(-1, 3).as_integer_ratio())
