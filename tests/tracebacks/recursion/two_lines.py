def f(n):
    if n % 2:
        return f(n + 1)
    return f(n + 1)


f(0)
