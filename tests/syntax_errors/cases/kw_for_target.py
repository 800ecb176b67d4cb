for if in x:
    pass
