def f():
    for 1 in x:
        pass
