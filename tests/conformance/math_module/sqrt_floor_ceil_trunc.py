import math
for v in [0, 1, 2, 16, 2.25, 1e10]:
    print(v, f"{math.sqrt(v):.10g}")
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20 + 0.0) == 10 ** 20)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e300) > 0)
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt(-1)")
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
try:
    math.isqrt(-4)
except ValueError:
    print("ValueError isqrt")
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
