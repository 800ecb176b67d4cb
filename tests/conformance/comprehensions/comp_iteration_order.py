log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
res = [(a, b) for a in src("A", 2) for b in src("B", 2)]
print(res)
print(log)
log.clear()
r2 = [a for a in src("X", 4) if a % 2 if log.append("cond") is None]
print(r2, log)
print([f"{i}{j}" for i in "ab" for j in "12" if not (i == "b" and j == "1")])
