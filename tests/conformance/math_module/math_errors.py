import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.acos, 2), (math.factorial, -3), (math.isqrt, -1)]:
    try:
        fn(arg)
    except ValueError:
        print(fn.__name__, "ValueError")
for fn, arg in [(math.exp, 1e5), (math.cosh, 1e4), (math.ldexp, None)]:
    try:
        fn(arg) if arg is not None else fn(1.0, 10000)
    except OverflowError:
        print(fn.__name__, "OverflowError")
try:
    math.sqrt("4")
except TypeError:
    print("TypeError sqrt(str)")
print(math.sqrt(4), math.floor(-1e-300))
math.log(-5)
