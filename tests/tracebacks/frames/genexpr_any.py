def has_negative(values):
    return any(v < 0 for v in values)


has_negative([1, "x"])
