adders = [lambda x, n=n: x + n for n in range(4)]
print([f(100) for f in adders])
def make():
    return [lambda: k * 10 for k in range(3)]
print([f() for f in make()])
key_fns = {"len": len, "neg": lambda s: -len(s), "last": lambda s: s[-1]}
words = ["pear", "fig", "banana", "kiwi"]
for name, fn in key_fns.items():
    print(name, sorted(words, key=fn))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print((lambda *a: a)(), (lambda **k: k)())
