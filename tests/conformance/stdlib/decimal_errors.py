# decimal: the signals raised as exceptions, and their class hierarchy
import decimal
from decimal import Decimal

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        # TypeError messages name the type as 'decimal.Decimal' (C) or 'Decimal'.
        print(label, type(e).__name__, "" if type(e) is TypeError else e, isinstance(e, ArithmeticError))

attempt("div0", lambda: Decimal(1) / 0)
attempt("0/0", lambda: Decimal(0) / Decimal(0))
attempt("syntax", lambda: Decimal("1.2.3"))
attempt("sqrt-1", lambda: Decimal(-1).sqrt())
attempt("ln0", lambda: Decimal(0).ln())
attempt("inf-inf", lambda: Decimal("Inf") - Decimal("Inf"))
attempt("overflow", lambda: Decimal("9e999999") * 10)
attempt("quantize", lambda: Decimal("1e30").quantize(Decimal("0.01")))
attempt("nan<1", lambda: Decimal("NaN") < 1)
attempt("nan==1", lambda: Decimal("NaN") == 1)
attempt("float add", lambda: Decimal(1) + 1.5)
attempt("int(nan)", lambda: int(Decimal("NaN")))
attempt("int(inf)", lambda: int(Decimal("-Infinity")))
attempt("bad type", lambda: Decimal([1, 2]))
attempt("bad tuple", lambda: Decimal((2, (1,), 0)))
attempt("hash snan", lambda: hash(Decimal("sNaN")))
attempt("intdiv big", lambda: Decimal("1e40") // Decimal("1e-10"))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError))
print([c.__name__ for c in decimal.Underflow.__mro__])
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError", type(e).__name__)
raise decimal.InvalidOperation("done")
