# decimal: sqrt, exp, ln, log10, predicates, normalize, comparisons and conversions
from decimal import Decimal, localcontext
import math

for x in ["2", "0.25", "100", "1E-8", "12345678901234567890"]:
    d = Decimal(x)
    print(x, d.sqrt(), d.exp() if d < 100 else "-", d.ln(), d.log10())
print(Decimal(0).exp(), Decimal(1).ln(), Decimal("1000").log10(), Decimal("0.001").log10())
with localcontext() as ctx:
    ctx.prec = 60
    print(Decimal(2).sqrt(), Decimal(1).exp())
print(Decimal(4) ** Decimal("0.5"), Decimal(2) ** Decimal("1.5"))
d = Decimal("-12.3400")
print(d.normalize(), d.adjusted(), d.is_signed(), d.is_zero(), d.is_finite(), d.copy_abs(), d.copy_negate())
print(d.number_class(), Decimal("Infinity").number_class(), Decimal("0").number_class(), Decimal("NaN").is_nan())
print(d.to_integral_value(), d.as_integer_ratio(), Decimal("0.125").as_integer_ratio())
print(int(Decimal("-7.9")), float(Decimal("2.5")), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
print(math.floor(Decimal("-2.5")), math.ceil(Decimal("-2.5")), math.trunc(Decimal("-2.5")))
print(Decimal(3) == 3, Decimal("3.0") == 3.0, Decimal("0.1") == 0.1, Decimal(1) < Decimal("1.01"), Decimal(2) > 1)
print(hash(Decimal(5)) == hash(5), hash(Decimal("2.5")) == hash(2.5), len({Decimal("1.0"), Decimal(1), 1}))
print(max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("3"), Decimal("-1"), Decimal("2.5")]))
print(Decimal(7).compare(Decimal(5)), Decimal("1.5").max(Decimal("2")), Decimal("2").min(Decimal("-3")))
print(Decimal("1.2").fma(3, 1), Decimal(10).remainder_near(6), Decimal("7.5").scaleb(2))
print(Decimal("1.0").same_quantum(Decimal("2.0")), Decimal("10").logb(), Decimal(1).next_plus(), Decimal(1).next_minus())
print(Decimal.from_float(0.5), Decimal.from_float(1.1), Decimal((1, (3, 1, 4), -2)))
print(Decimal("1.5").is_normal(), Decimal("1e-999999").is_subnormal(), bool(Decimal(0)), bool(Decimal("0.01")))
