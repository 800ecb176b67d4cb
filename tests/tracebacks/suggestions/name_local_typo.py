def total(values):
    result = 0
    for v in values:
        result += v
    return reslt


total([1, 2])
