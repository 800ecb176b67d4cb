from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())
@lru_cache
def add(a, b=0):
    return a + b
print(add(1, 2), add(1, b=2), add.cache_info().misses)
