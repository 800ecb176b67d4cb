def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args)
print(next(f, "closed after throw"))
g.throw(TypeError("not handled"))
