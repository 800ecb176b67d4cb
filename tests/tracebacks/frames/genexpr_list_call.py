values = [2, 1, 0]
inverses = list(1 / v for v in values)
