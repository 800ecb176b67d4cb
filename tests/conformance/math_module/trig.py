import math
angles = [0, 30, 45, 60, 90, 180]
for a in angles:
    r = math.radians(a)
    print(f"{a:>3} {math.sin(r):+.6f} {math.cos(r):+.6f} {math.tan(r) if a != 90 else 0:+.4f}")
print(f"{math.degrees(math.pi):.4f}", f"{math.radians(180):.6f}")
print(f"{math.asin(1):.6f} {math.acos(0):.6f} {math.atan(1):.6f} {math.atan2(1, -1):.6f}")
print(f"{math.atan2(0, -1):.6f} {math.atan2(-0.0, -1):.6f}")
print(f"{math.sinh(1):.6f} {math.cosh(1):.6f} {math.tanh(0.5):.6f} {math.asinh(1):.6f}")
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.cos(0) == 1.0)
try:
    math.asin(2)
except ValueError:
    print("ValueError asin domain")
