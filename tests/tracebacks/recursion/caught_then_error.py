def f():
    return f()


try:
    f()
except RecursionError:
    raise ValueError("recursion was too deep")
