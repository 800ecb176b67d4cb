def f(x):
    for (*a, *b), c in x:
        pass
