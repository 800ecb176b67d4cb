class A:
    x = f(a.b=2)
