vals = [10 ** 25, -10 ** 25, 7, -7]
for a in vals:
    for b in (3, -3, 10 ** 12 + 39):
        print(a, b, a // b, a % b)
print((-2) ** 101)
print(abs(-(2 ** 100)))
print(-(2 ** 64) & 0xFFFF, (2 ** 64 - 1) ^ (2 ** 63))
print(~(2 ** 70))
print(int("123456789012345678901234567890") * 3)
print(int(-1e20), int(2.5e30) > 10 ** 30)
print(10 ** 40 == 1e40, 2 ** 53 + 1 == float(2 ** 53 + 1))
