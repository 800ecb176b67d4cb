def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(40), len(memo.__defaults__[0]))
