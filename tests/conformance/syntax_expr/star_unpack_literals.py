a = [1, 2]
b = (3, 4)
s = {5}
print([*a, *b, *s, 6])
print((*a, *"xy"))
print({*a, *b, 1, 2})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1, "w": 0})
print([*range(3), *[], *()])
print(*a, *b, sep="-")
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, 9, *b, **d1, q=1))
print(f(*"ab", **{"c": 3}))
t = *a, 7
print(t)
print([*{"k": 1, "m": 2}])
print(len([*range(100)]))
