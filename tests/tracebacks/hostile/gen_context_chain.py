def g(n):
    try:
        raise ValueError(n)
    finally:
        if n:
            next(g(n - 1))


g(50)
