x = 1
y = [1, 2, 3, 4, 5]
d = {"a": 1, "b": 2, "c": 3}
del y[0]
print(y)
del y[-1], d["b"]
print(y, d)
del y[::2]
print(y)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print("a gone")
del x
print(x)
