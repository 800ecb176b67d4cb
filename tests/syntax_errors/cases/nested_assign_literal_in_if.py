if x:
    1 = y
