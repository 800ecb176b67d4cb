# kind 6: a suspended generator whose finally loops forever, closed at teardown
def g():
    try:
        yield 1
    finally:
        while True:
            pass
it = g()
next(it)
box = [it]
box.append(box)
