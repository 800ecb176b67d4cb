def a():
    v = 0
    def b():
        def c():
            nonlocal v
            v += 100
            return v
        nonlocal v
        v += 10
        return c()
    r = b()
    return r, v
print(a())
def counter_factory():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    return make
f = counter_factory()
i1, i2 = f(), f()
print(i1(), i2(), i1(), i2())
def shadow_then_nonlocal():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "set by inner"
        inner()
        return v
    return mid(), v
print(shadow_then_nonlocal())
