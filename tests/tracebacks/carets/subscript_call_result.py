def f():
    return [1]


v = f()[3]
