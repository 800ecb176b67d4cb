data = [4, 8, 15, 16, 23, 42]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f}")
m = sorted(data)[len(data) // 2 - 1: len(data) // 2 + 1]
print(m, sum(m) / 2)
poly = lambda x: 3 * x ** 3 - 2 * x ** 2 + x - 7
print([poly(x) for x in range(-2, 3)])
print(sum(i * (-1) ** i for i in range(10)))
print(max(data, key=lambda v: (v % 5, -v)))
print(int("".join(str(d) for d in data)) % 997)
nums = range(1, 20)
print(sum(n for n in nums if n % 3 == 0 or n % 5 == 0))
print(all(x < y for x, y in zip(data, data[1:])))
