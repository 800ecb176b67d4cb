for f in files:
    with open(f) as h
        pass
