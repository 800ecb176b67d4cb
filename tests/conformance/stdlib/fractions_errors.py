# fractions: the errors of bad input and division by zero
from fractions import Fraction

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("zero den", lambda: Fraction(1, 0))
attempt("bad str", lambda: Fraction("1/2/3"))
attempt("empty", lambda: Fraction(""))
attempt("div zero", lambda: Fraction(1, 2) / 0)
attempt("nan", lambda: Fraction(float("nan")))
attempt("inf", lambda: Fraction(float("inf")))
attempt("type", lambda: Fraction([1]))
attempt("limit", lambda: Fraction(1, 3).limit_denominator(0))
attempt("pow", lambda: Fraction(0) ** -1)
Fraction(1, 0)
