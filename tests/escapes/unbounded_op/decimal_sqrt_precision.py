# kind 3: sqrt, exp and ln at the largest precision the context allows
import decimal
ctx = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
print(ctx.sqrt(decimal.Decimal(2)))
print(ctx.exp(decimal.Decimal(1)), ctx.ln(decimal.Decimal(3)))
