inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 1000)
print(1 / inf, -1 / inf, inf / inf, max(1, inf), min(-inf, 0))
print(str(inf), repr(nan), float("-nan"), float("INF"), float("Infinity"))
print([x for x in [1.0, nan, inf] if x == x])
print(sorted([3, inf, -inf, 0]), round(inf) if False else "skip round")
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(nan in [nan], nan is nan, inf ** 0, nan ** 0, 1 ** nan)
try:
    round(inf)
except OverflowError:
    print("OverflowError round(inf)")
try:
    int(nan)
except ValueError:
    print("ValueError int(nan)")
print(f"{inf:.2f} {nan:.1f} {-inf:>8}")
