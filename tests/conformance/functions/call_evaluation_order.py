def v(x):
    print("eval", x)
    return x
def f(a, b, c=0, *args, **kw):
    return a + b + c + sum(args) + sum(kw.values())
print(f(v(1), v(2), v(3), *[v(4)], d=v(5), **{"e": v(6)}))
print(v(10) + v(20) * v(30))
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d)
L = [v(1), v(2)]
L[v(0)] = v(99)
print(L)
x = v(7) if v(True) else v(8)
print(v(1) < v(2) < v(3))
