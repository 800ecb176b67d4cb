# kind 3: one host operation with no bound on its time: math.comb(10 ** 7, 5 * 10 ** 6)
import math
math.comb(10 ** 7, 5 * 10 ** 6)
