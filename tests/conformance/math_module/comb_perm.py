import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(10, 3))
print([math.comb(6, k) for k in range(7)])
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
print(math.comb(100, 50))
try:
    math.comb(-1, 2)
except ValueError:
    print("ValueError comb negative")
for n in range(6):
    print(" " * (5 - n) + " ".join(str(math.comb(n, k)) for k in range(n + 1)))
