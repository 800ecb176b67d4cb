x = 1
f = lambda: x
g = lambda x=x: x
x = 2
print(f(), g())
def make():
    y = 10
    return lambda: y, lambda y=y: y
a, b = make()
print(a(), b())
def deep():
    n = 1
    return lambda: lambda: lambda: n
print(deep()()()())
h = lambda: (lambda: undefined_var)()
try:
    h()
except NameError:
    print("NameError in nested lambda")
print((lambda n: [n * i for i in range(3)])(4))
