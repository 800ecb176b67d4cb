# kind 3: Decimal powers with huge exponents and a huge quantize target
from decimal import Decimal, localcontext
print(Decimal(3) ** Decimal("1e999999999999"), Decimal("1.0000001") ** 10 ** 17)
with localcontext(prec=999999999, Emax=999999999999) as ctx:
    print(Decimal(7) ** 100000000)
