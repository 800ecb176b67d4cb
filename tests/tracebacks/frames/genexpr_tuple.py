values = [2, 1, 0]
inverses = tuple(1 / v for v in values)
