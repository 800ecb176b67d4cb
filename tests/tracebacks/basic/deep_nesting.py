def a(x):
    return b(x) + 1


def b(x):
    return c(x) * 2


def c(x):
    return d(x) - 3


def d(x):
    return {"k": x}[x]


a(7)
