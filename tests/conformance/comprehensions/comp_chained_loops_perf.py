N = 30
triples = [(a, b, c) for a in range(1, N) for b in range(a, N) for c in range(b, N) if a * a + b * b == c * c]
print(len(triples), triples[:4])
counts = [sum(1 for i in range(n) if n % (i + 1) == 0) for n in range(1, 25)]
print(counts)
perfect = [n for n in range(2, 500) if sum(d for d in range(1, n) if n % d == 0) == n]
print(perfect)
table = [[f"{i * j:3d}" for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print("".join(row))
