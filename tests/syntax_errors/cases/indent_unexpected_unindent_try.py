if x:
    try:
        pass
    x = 1
