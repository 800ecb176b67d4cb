a = 1
del a
try:
    a
except NameError:
    print("a deleted")
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError:
        return "UnboundLocalError after del"
print(f())
b = [1, 2, 3]
c = b
del b
print(c)
def g():
    y = 5
    def h():
        return y
    r1 = h()
    del y
    try:
        h()
    except NameError as e:
        return r1, type(e).__name__
print(g())
del undefined_name_here
