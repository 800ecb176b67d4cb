# cmath: roots, exponentials, logarithms, trigonometry of complex numbers
import cmath

for z in [-1, 2j, 1 + 1j, -3 - 4j, 0.5]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z) if z else "-", cmath.log10(z))
print(cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5j), cmath.asin(2), cmath.acos(2), cmath.atan(1j / 2))
print(cmath.sinh(1j), cmath.cosh(1), cmath.tanh(2 + 1j), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(2))
print(cmath.log(8, 2), cmath.log(1j, 1j + 1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
