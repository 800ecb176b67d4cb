def f(a):
    return a


r = f(f(f(1 / 0)))
