def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
gens = [counter(i * 10) for i in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
def batch(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(batch(range(7), 3)), list(batch([], 2)))
