def f():
    x, y, z = (1, 2)
    return x


f()
