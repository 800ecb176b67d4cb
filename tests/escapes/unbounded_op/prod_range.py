# kind 3: one host operation with no bound on its time: math.prod(range(1, 1_000_000))
import math
math.prod(range(1, 1_000_000))
