def f[x():
    pass
