class A:
    while y = f():
        pass
