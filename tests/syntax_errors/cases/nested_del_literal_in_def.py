def f():
    del 1, x
