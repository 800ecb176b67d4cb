def inverses(values):
    return [1 / v for v in values]


print(inverses([4, 0]))
