class N:
    pass


root = N()
root.a = N()
root.a.b = N()
x = root.a.b.missing.c
