def f(x):
    if x = 2:
        return x
