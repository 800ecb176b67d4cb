def inner():
    got = []
    try:
        while True:
            v = yield len(got)
            got.append(v)
    except KeyError:
        print("inner handled KeyError")
        return got
def outer():
    res = yield from inner()
    print("outer got", res)
    yield "outer done"
g = outer()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(KeyError))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
print("wrap closed")
