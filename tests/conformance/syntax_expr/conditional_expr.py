for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
a = [1, 2, 3]
print(a[0] if a else None, [][0] if [] else "empty")
f = (lambda x: x * 2) if len(a) > 2 else (lambda x: x)
print(f(10))
print(("yes" if True else "no").upper())
print([x if x % 2 else -x for x in range(6)])
val = 1 if 0 else 2 if 0 else 3
print(val)
print(1 + (2 if False else 5) * 2)
def side(x):
    print("side", x)
    return x
r = side(1) if side(0) else side(2)
print(r)
