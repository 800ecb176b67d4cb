if f(x)
    pass
