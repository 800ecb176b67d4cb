def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=9, d=4, z=0))
print(f(1, 2, 3, d=4, e=6, b=7))
print(f.__defaults__, f.__kwdefaults__)
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in [lambda: g(1, 2, 3), lambda: g(x=1, y=2, z=3), lambda: g(1, 2, z=3, w=4)]:
    try:
        call()
    except TypeError:
        print("TypeError")
