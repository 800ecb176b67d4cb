import math
try:
    math.exp(1000)
except OverflowError:
    print("OverflowError exp")
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError int->float")
print(10 ** 400 > 0, 2.0 ** 1000 < float("inf"))
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError:
    print("RecursionError")
print(isinstance(RecursionError(), RuntimeError))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError inf->int")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan->int")
