# decimal: contexts, localcontext, rounding modes, flags and traps
import decimal
from decimal import Decimal, Context, localcontext, getcontext, setcontext

print(repr(getcontext()))
print(repr(decimal.BasicContext))
print(repr(decimal.ExtendedContext))
for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    row = [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ["2.5", "-2.5", "1.5", "0.51", "-0.49", "5.01"]]
    print(mode, row)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec)
print(getcontext().prec, Decimal(1) / 3)
with localcontext(prec=3, rounding=decimal.ROUND_DOWN):
    print(Decimal("2.999") + 0)
ctx = Context(prec=4, traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), sorted(k.__name__ for k, v in ctx.flags.items() if v))
ctx.clear_flags()
print(ctx.add(Decimal("1.23456"), 0), ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
getcontext().clear_flags()
Decimal(1) / 3
print(getcontext().flags[decimal.Inexact], getcontext().flags[decimal.DivisionByZero])
getcontext().traps[decimal.Inexact] = True
try:
    Decimal(1) / 3
except decimal.Inexact as e:
    print("trapped", type(e).__name__, e)
getcontext().traps[decimal.Inexact] = False
print(Decimal(5).quantize(Decimal("0.001")), Decimal("1.2345").quantize(Decimal("0.01")))
setcontext(decimal.ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(2) / 3)
setcontext(Context())
tight = Context(prec=3, Emax=5, Emin=-5, traps=[])
print(tight.multiply(Decimal("999"), Decimal("999")), tight.divide(Decimal(1), Decimal("1e9")), tight.create_decimal("1.23456"))
print(sorted(k.__name__ for k, v in tight.flags.items() if v))
for bad in [lambda: Context(prec=0), lambda: Context(rounding="nope"), lambda: Context(Emax=-1), lambda: setattr(getcontext(), "capitals", 3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
