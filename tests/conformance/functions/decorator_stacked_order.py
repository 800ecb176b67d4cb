order = []
def deco(name):
    order.append(f"make {name}")
    def d(fn):
        order.append(f"apply {name}")
        def w(*a):
            order.append(f"enter {name}")
            r = fn(*a)
            order.append(f"exit {name}")
            return r
        return w
    return d
@deco("outer")
@deco("middle")
@deco("inner")
def target(x):
    order.append(f"body {x}")
    return x
print(target(1))
for line in order:
    print(line)
