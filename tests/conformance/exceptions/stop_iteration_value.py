def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(iter(()))
except StopIteration as e:
    print("empty:", e.value, e.args)
s = StopIteration(1, 2)
print(s.value, s.args)
def inner():
    x = yield "a"
    return x * 2
def outer():
    r = yield from inner()
    print("inner returned", r)
o = outer()
print(next(o))
try:
    o.send(21)
except StopIteration:
    print("outer finished")
