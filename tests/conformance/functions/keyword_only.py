def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=5))
print(f.__kwdefaults__)
def g(*args, sep="-", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="+", end="!"))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional for kw-only")
try:
    f(1)
except TypeError:
    print("TypeError missing kw-only")
def h(*, x):
    return x * 2
print(h(x=21))
h(21)
