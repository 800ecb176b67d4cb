def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError:
    print("TypeError: b is positional-only")
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a + b + c
print(h(1), h(1, 10), h(1, 10, 100), h(1, c=0))
print(h.__defaults__)
f(1, 2, 3, 4)
