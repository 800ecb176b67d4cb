import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(12, 18, 30), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print([math.factorial(n) for n in range(11)])
print(math.factorial(30), len(str(math.factorial(100))))
try:
    math.factorial(-1)
except ValueError:
    print("ValueError factorial(-1)")
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print("error for float factorial")
print(math.gcd(10 ** 20, 10 ** 15 * 3) == 10 ** 15)
