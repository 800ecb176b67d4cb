# cmath: a realistic use, a small discrete Fourier transform and quadratic roots
import cmath

def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]

signal = [0, 1, 0, -1, 0, 1, 0, -1]
spectrum = dft(signal)
print([round(abs(c), 9) for c in spectrum])
print([round(cmath.phase(c), 6) if abs(c) > 1e-9 else 0.0 for c in spectrum])

def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    print(coeffs, roots(*coeffs))
