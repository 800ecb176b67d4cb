def g():
    x = yield
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
it = g()
next(it)
print(it.send(5))
it.send("why")
try:
    it.send(None)
except StopIteration:
    print("stopped")
def pairs():
    a = yield 1, 2
    print("a", a)
    b = yield "plain"
    print("b", b)
p = pairs()
print(next(p), p.send("A"))
try:
    p.send("B")
except StopIteration:
    print("pairs done")
