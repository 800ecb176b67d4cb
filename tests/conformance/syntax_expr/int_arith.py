a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, -a // b, -a % b)
print(a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(7 / 2, 8 / 2, type(8 / 2).__name__)
print(2 ** -1, 2 ** 0, 0 ** 0)
print(10 - 3 - 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(1 + 2 * 3 - 4 / 2)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
x = 0
for i in range(1, 11):
    x += i * i
print(x)
print(abs(-5), +5, -(-5))
