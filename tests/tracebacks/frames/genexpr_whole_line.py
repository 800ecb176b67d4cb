values = [1, 0]
list(1 / v for v in values)
