import math
print(f"{math.pi:.15f}", f"{math.e:.15f}", f"{math.tau:.15f}")
print(math.inf, -math.inf, math.nan, math.inf > 1e308)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(math.pi))
print(math.tau == 2 * math.pi, round(math.pi, 4), round(math.e, 4))
print(type(math.pi).__name__, math.pi > 3.14159 > math.e)
print(f"{math.pi:10.4f}|{math.e:<10.3e}|")
print(math.nan != math.nan, math.inf == float("inf"))
x = math.pi * 2
print(x == math.tau, f"{x:.6f}")
print(math.copysign(math.inf, -1), math.isinf(-math.inf))
