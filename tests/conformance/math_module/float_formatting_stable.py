import math
vals = [math.pi, math.e, math.sqrt(2), 1 / 7, 2 ** 0.5 * 1000, 1e-8, 6.02214076e23]
for v in vals:
    print(f"{v:.4f}", f"{v:.3e}", f"{v:.6g}", f"{v:12.2f}|", round(v, 3))
print(f"{math.pi:.0f} {math.pi:.1f} {-math.pi:+.2f} {math.pi * 100:,.1f}")
print(f"{1.5:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f}")
print(repr(round(math.pi, 5)), str(round(math.e, 8)))
for digits in range(0, 7, 2):
    print(digits, round(math.pi, digits), f"{math.e:.{digits}f}")
print(f"{math.inf:f} {-math.inf:e} {math.nan:g}")
