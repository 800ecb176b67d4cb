def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
def memoize(f):
    cache = {}
    def m(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    m.cache = cache
    return m
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
