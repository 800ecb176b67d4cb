# cmath: domain and type errors
import cmath

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("log0", lambda: cmath.log(0))
attempt("atanh1", lambda: cmath.atanh(1))
attempt("exp big", lambda: cmath.exp(1000))
attempt("str", lambda: cmath.sqrt("4"))
attempt("none", lambda: cmath.phase(None))
attempt("args", lambda: cmath.rect(1))
attempt("log base0", lambda: cmath.log(1j, 0))
attempt("big int", lambda: cmath.sqrt(10 ** 400))
class Z:
    def __complex__(self):
        return 3 + 4j
print(cmath.polar(Z()), cmath.sqrt(Z()))
cmath.acos(None)
