# kind 6: a suspended generator as the program's last value, with a loop in its finally
def g():
    try:
        yield 1
    finally:
        while True:
            pass
it = g()
next(it)
it
