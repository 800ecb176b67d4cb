import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(1e10, 1e10 + 1))
pts = [(0, 0), (1, 1), (4, 5), (-2, 3)]
total = sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
print(f"{total:.6f}")
print(f"{math.hypot(1e200, 1e200):.6e}")
