# fractions: mixing with int, float, complex and Decimal; exact sums
from fractions import Fraction
from decimal import Decimal

f = Fraction(3, 8)
for other in [2, 0.5, 1 + 2j, Fraction(1, 8)]:
    try:
        print(type(other).__name__, f + other, f * other, f == other, f < other if not isinstance(other, complex) else "-")
    except TypeError as e:
        print("TypeError", e)
print(Fraction(1, 10) * 3 == Fraction(3, 10), 0.1 * 3 == 0.3)
print(f == Decimal("0.375"), f < Decimal("0.4"))
total = Fraction(0)
for price in ["19.99", "5.01", "0.10", "74.90"]:
    total += Fraction(price)
print(total, float(total), f"{float(total):.2f}")
print(Fraction(2, 3).__format__("") if hasattr(Fraction, "__format__") else "", f"{float(Fraction(2, 3)):.5f}")
