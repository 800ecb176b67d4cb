# functools' pure-Python partial, lru_cache and cmp_to_key (CPython's file without _functools)
from functools import partial, lru_cache, cmp_to_key, reduce, partialmethod, cache
import operator

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=9)
q = partial(p, 2)
print(p(2), q(), q(c=0), q.func is f, q.args, q.keywords)
print(repr(partial(max, 1, key=abs)).replace(repr(max), "max"))
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)

@lru_cache(maxsize=3, typed=True)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 1.0, 3, 4, 1)], sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)

calls = []
@cache
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(calls), fib.cache_info().hits)

@lru_cache(maxsize=None)
def kw(a, b=0, **extra):
    return (a, b, sorted(extra))
print(kw(1), kw(1, b=2), kw(1, x=1), kw(1), kw.cache_info())

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError:
    # The message names the key class, which differs between the C and Python versions.
    print("TypeError")
print(reduce(operator.add, "abc"), reduce(operator.mul, range(1, 8), 1))

class Cell:
    def set(self, key, value):
        return (key, value)
    set_x = partialmethod(set, "x")
print(Cell().set_x(5))
