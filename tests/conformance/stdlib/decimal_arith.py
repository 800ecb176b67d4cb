# decimal: arithmetic, rounding to the context's precision, exact construction
from decimal import Decimal, getcontext

print(Decimal("1.1") + Decimal("2.2"), Decimal("1.30") + Decimal("1.20"))
print(Decimal(1) / Decimal(7), Decimal(2) / Decimal(3))
print(Decimal("7.00") * Decimal("3"), Decimal("-1.5") * 4)
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(-3), divmod(Decimal(-7), 2))
print(Decimal(2) ** 10, Decimal("1.1") ** 3, Decimal(2) ** -2, Decimal("0.5") ** -2)
print(Decimal(0.1), Decimal(10) ** 30, Decimal("1E+3") + 1)
print(-Decimal("0"), abs(Decimal("-2.50")), +Decimal("1.23456789012345678901234567890"))
print(Decimal("1e-30") + 1, Decimal("123456789") * Decimal("987654321"))
for text in ["0.1", "-0", "1.000", "1E+2", "12345e-10", "  42  ", "1_000.5", "Infinity", "-nan", "1e-7", "0.000001"]:
    d = Decimal(text)
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple())
getcontext().prec = 6
print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, Decimal(2).sqrt())
print(sum(Decimal("0.1") for _ in range(10)), sum([Decimal("1.5"), 2, 3]))
