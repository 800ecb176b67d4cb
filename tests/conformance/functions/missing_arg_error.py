def area(w, h):
    return w * h
print(area(2, 3))
print(area(h=4, w=5))
try:
    area(1)
except TypeError:
    print("missing one")
try:
    area(1, 2, 3)
except TypeError:
    print("too many")
try:
    area(1, 2, w=3)
except TypeError:
    print("multiple values")
try:
    area(1, x=2)
except TypeError:
    print("unexpected keyword")
area()
