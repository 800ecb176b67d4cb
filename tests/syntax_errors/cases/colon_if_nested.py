def f():
    if x > 1
        return 2
