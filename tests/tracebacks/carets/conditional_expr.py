x = 0
y = 10 / x if x is not None else 0
