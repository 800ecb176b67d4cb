# kind 3: one host operation with no bound on its time: math.isqrt(10 ** 10 ** 6)
import math
math.isqrt(10 ** 10 ** 6)
