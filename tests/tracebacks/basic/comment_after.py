def f():
    x = 1 / 0  # divide
    return x


f()
