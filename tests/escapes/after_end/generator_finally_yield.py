# kind 6: a generator that yields again when closed (GeneratorExit ignored)
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignored')
it = g()
next(it)
other = g()
next(other)
box = [other]
box.append(box)
