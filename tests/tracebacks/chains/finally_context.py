def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("in finally")


f()
