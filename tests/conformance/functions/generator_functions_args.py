def gen(a, *rest, scale=1):
    yield a * scale
    for r in rest:
        yield r * scale
print(list(gen(1, 2, 3)), list(gen(1, 2, scale=10)))
def kw_only_gen(*, n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(kw_only_gen(n=4)))
g = gen(5)
print(type(g).__name__, next(g))
def default_gen(items=(1, 2)):
    yield from items
print(list(default_gen()), list(default_gen("ab")))
print(sum(gen(*range(5), scale=2)))
print(gen.__name__)
