# cmath: isclose, isfinite, isinf, isnan
import cmath

print(cmath.isclose(1 + 1j, 1 + 1.000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
for z in [1 + 1j, complex("inf"), complex(1, float("nan")), cmath.infj, cmath.nanj, 5]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
