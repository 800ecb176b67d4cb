import math
print(math.floor(7 / 2), math.ceil(7 / 2), 7 // 2, -(-7 // 2))
print(math.trunc(-0.9), int(-0.9), math.floor(-0.9))
print(math.isqrt(99) ** 2 <= 99 < (math.isqrt(99) + 1) ** 2)
def is_square(n):
    return n >= 0 and math.isqrt(n) ** 2 == n
print([n for n in range(50) if is_square(n)])
def digits(n):
    return 1 if n == 0 else math.floor(math.log10(n)) + 1
print([digits(n) for n in [0, 9, 10, 99, 100, 12345]])
print(math.ceil(math.log2(1000)), math.floor(math.log2(1024)))
print(math.gcd(*[48, 180, 600]), math.lcm(*range(1, 11)))
print(round(math.sqrt(10), 3), math.floor(math.sqrt(10) * 1000) / 1000)
