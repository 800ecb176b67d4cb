values = [2, 1, 0]
print(set(1 / v for v in values))
