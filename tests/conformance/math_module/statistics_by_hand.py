import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / n
sd = math.sqrt(var)
print(mean, var, sd)
svar = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
print(f"{svar:.6f} {math.sqrt(svar):.6f}")
srt = sorted(data)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
print(median, max(set(data), key=data.count))
gm = math.prod(data) ** (1 / n)
hm = n / math.fsum(1 / x for x in data)
print(f"{gm:.6f} {hm:.6f}")
z = [(x - mean) / sd for x in data]
print([f"{v:+.3f}" for v in z])
