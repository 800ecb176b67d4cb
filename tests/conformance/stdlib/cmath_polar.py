# cmath: polar coordinates, phase and rect
import cmath, math

for z in [1, -1, 1j, -1j, 3 + 4j, -2 - 2j, complex(-0.0, -0.0), complex(-1, -0.0)]:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(z, round(r, 12), round(phi, 12), cmath.phase(z), abs(back - z) < 1e-12)
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.polar(complex(1e300, 1e300)))
