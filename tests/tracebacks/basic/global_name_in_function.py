def f():
    return missing_global * 2


f()
