def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=1, **{"y": 2}))
def g(a, b, *rest, k=0, **extra):
    return a, b, rest, k, sorted(extra.items())
print(g(1, 2))
print(g(1, 2, 3, 4, k=5, z=6, y=7))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
def show(**kw):
    for k in kw:
        print(k, "=", kw[k])
show(first=1, second=2, third=3)
print(type(f()[0]).__name__, type(f()[1]).__name__)
