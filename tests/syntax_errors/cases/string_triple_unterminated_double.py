def f():
    """doc
    more
    return 1
