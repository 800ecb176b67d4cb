def check(values):
    return all(v > 0 for v in values)


check([1, None])
