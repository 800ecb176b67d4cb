def f(a, b=1):
    return a + b
print(f(1), f(1, b=5))
def g(**kw):
    return len(kw)
print(g(**{"a": 1}, b=2))
try:
    g(**{"a": 1}, a=2)
except TypeError:
    print("duplicate kw")
try:
    g(**{1: 2})
except TypeError:
    print("non-string key")
try:
    f(*[1, 2, 3])
except TypeError:
    print("too many via star")
f(1, c=2)
