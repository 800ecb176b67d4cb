# kind 3: one host operation with no bound on its time: math.factorial(10 ** 7)
import math
math.factorial(10 ** 7)
