a = 2 ** 200
print(a)
print(a // 3, a % 3, a % 1000007)
print(-a // 7, -a % 7)
print(divmod(a, 10 ** 30))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000, 97))
print(pow(3, -1, 7))
b = 10 ** 50 + 1
print(b * b)
print(a.bit_length(), (a - 1).bit_length())
print(str(3 ** 100)[:20], len(str(3 ** 100)))
print(a > 10 ** 60, -a < -(10 ** 60))
print(a >> 190, a << 3 == a * 8)
print(hex(a), oct(2 ** 70))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000000)
