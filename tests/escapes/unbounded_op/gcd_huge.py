# kind 3: one host operation with no bound on its time: math.gcd(a, 2 ** 8_000_000 - 1)
import math
a = 3 ** 5_000_000 - 1
math.gcd(a, 2 ** 8_000_000 - 1)
