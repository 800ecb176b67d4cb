# kind 3: one host operation with no bound on its time: math.perm(10 ** 7, 10 ** 6)
import math
math.perm(10 ** 7, 10 ** 6)
