import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(f"{math.log(2):.12f}", f"{math.log10(2):.12f}", f"{math.log1p(1e-10):.6e}")
print(math.exp(0), f"{math.exp(1):.12f}", f"{math.exp(-1):.12f}", f"{math.expm1(1e-10):.6e}")
print(math.log2(2 ** 100), math.log10(10 ** 50), f"{math.log(10 ** 100):.6f}")
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2), math.pow(0, 0))
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError:
        print("ValueError log", bad)
try:
    math.exp(1000)
except OverflowError:
    print("OverflowError exp")
print(f"{math.log(3, 9):.6f}", round(math.log(1000, 10), 9))
