# decimal: format() specifications and str() forms
from decimal import Decimal

values = ["0", "1234567.891", "-0.000123456", "1E+10", "12.5", "-0", "Infinity", "NaN"]
specs = ["", "f", ".2f", ",.2f", "e", ".3e", "g", ".3g", "%", ".1%", "12.3f", "<12", "^14,.1f", "+.2f",
         " .1f", "012.2f", ",.0f", ".0e", "E"]
for v in values:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
print(f"{Decimal('3.14159'):.3}", f"{Decimal('-1.25'):.1f}")
print(str(Decimal("1E-7")), str(Decimal("0.0000001")), str(Decimal("123E+5")), Decimal("123E+5").to_eng_string())
print(Decimal("1.23E-8").to_eng_string(), Decimal("0E+4").to_eng_string(), Decimal("-5E-3"))
