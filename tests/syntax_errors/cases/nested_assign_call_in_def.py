def f():
    g() = 1
