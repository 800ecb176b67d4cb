def outer():
    a = 1
    b = 2
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a *= 2
            b = a + b
            return a, b
        return inner()
    r = mid()
    return r, a, b
print(outer())
def make_pair():
    val = 0
    def getv():
        return val
    def setv(v):
        nonlocal val
        val = v
    return getv, setv
g, s = make_pair()
print(g())
s(42)
print(g())
s("str")
print(g())
