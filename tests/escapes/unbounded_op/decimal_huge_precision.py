# kind 3: one Decimal division at a precision of a billion digits (a 10**10**9 coefficient)
import decimal
decimal.getcontext().prec = 10 ** 9
print(decimal.Decimal(1) / decimal.Decimal(7))
