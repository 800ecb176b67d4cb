import math
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(2, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(2.0), math.modf(0.0))
print(math.fabs(-3), math.fabs(2.5), type(math.fabs(-3)).__name__)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3))
try:
    math.fmod(1, 0)
except ValueError:
    print("ValueError fmod by zero")
i, f = math.modf(123.456)
print(f"{i} {f:.3f}")
