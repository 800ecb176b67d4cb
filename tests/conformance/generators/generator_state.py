def g():
    yield 1
    yield 2
it = g()
print(type(it).__name__, it.__name__, it.__qualname__)
print(list(it), list(it))
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print(next(c), next(c), next(c), c.send("reset"), next(c))
print(iter(c) is c)
gens = [x * 2 for x in range(3)], (x * 2 for x in range(3))
print(type(gens[0]).__name__, type(gens[1]).__name__)
