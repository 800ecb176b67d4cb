def f():
    return 1


def g():
    return 'x'


r = f() + g()
