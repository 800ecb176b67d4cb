sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
gs = [lambda x: x + i for i in range(3)]
print([g(10) for g in gs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print((lambda: "no args")())
print(sq.__name__)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
