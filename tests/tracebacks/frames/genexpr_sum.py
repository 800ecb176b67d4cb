values = [1, 2, 0]
total = sum(1 / v for v in values)
