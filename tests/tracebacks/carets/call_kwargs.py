def f(a, b):
    return a


r = f(1, c=2)
