import math
vals = [0.1] * 10
print(math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.prod([1, 2], start=10), math.prod([Fraction_like for Fraction_like in (3, 3)]))
print(math.fsum([0.1, 0.2, 0.3]) == 0.6, math.fsum(x / 10 for x in range(11)))
print(math.prod(range(1, 30)) == math.factorial(29))
print(math.fsum([1, 2, 3]), type(math.fsum([1, 2])).__name__, type(math.prod([1, 2])).__name__)
try:
    print(math.fsum([1e308, 1e308, -1e308]))
except OverflowError:
    print("OverflowError fsum")
print(math.prod(["a", 1]) if False else math.prod([3] * 40))
