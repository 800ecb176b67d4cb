# kind 3: int() and format(..., 'f') of Decimals with exponents of a billion
from decimal import Decimal
d = Decimal("1e999999999")
print(len(format(d, "f")))
print(int(Decimal("7e999999999")) % 10)
