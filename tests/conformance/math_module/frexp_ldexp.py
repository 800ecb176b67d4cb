import math
for v in [1.0, 0.5, 8.0, 3.0, -12.5, 0.0, 1e-300]:
    m, e = math.frexp(v)
    print(v, m, e, math.ldexp(m, e) == v)
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(3, 0))
print(math.frexp(2 ** 100), math.ulp(1.0), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0))
print(math.frexp(math.inf)[0], math.frexp(-0.0))
def to_bits(x):
    m, e = math.frexp(x)
    return int(m * 2 ** 53), e - 53
for x in [1.0, 0.1, 1e10]:
    mant, ex = to_bits(x)
    print(x, mant, ex, math.ldexp(mant, ex) == x)
