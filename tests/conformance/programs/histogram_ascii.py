data = [3, 7, 2, 9, 4, 7, 1, 8, 5, 6, 7, 3, 2, 9, 9, 4]
bins = {}
for v in data:
    b = (v - 1) // 3
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    lo, hi = b * 3 + 1, b * 3 + 3
    print(f"{lo:>2}-{hi:<2} | {'*' * bins[b]:<8}| {bins[b]}")
height = max(data)
for level in range(height, 0, -1):
    print(f"{level:>2} " + "".join("#" if v >= level else " " for v in data))
print("   " + "".join(str(i % 10) for i in range(len(data))))
mean = sum(data) / len(data)
print(f"mean {mean:.3f}, above: {sum(v > mean for v in data)}")
