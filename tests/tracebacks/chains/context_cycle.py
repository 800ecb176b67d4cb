def f():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            a.__context__ = b
            raise a


f()
