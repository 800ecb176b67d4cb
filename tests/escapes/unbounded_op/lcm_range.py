# kind 3: one host operation with no bound on its time: math.lcm(*range(1, 200_000))
import math
math.lcm(*range(1, 200_000))
