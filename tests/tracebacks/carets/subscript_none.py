def f(x):
    return x[0] + 1


f(None)
