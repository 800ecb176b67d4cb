def deco(x):
    return 1 / 0


@deco
def f():
    pass
