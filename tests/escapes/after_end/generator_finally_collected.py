# kind 6: a generator suspended inside a loop in a try whose finally loops forever, left in a reference cycle: the host's collector finalises its inner parts (in an order of its own) on the host's thread, after the run; the GeneratorExit it throws in must not run the finally
def g():
    try:
        while True:
            yield 1
    finally:
        while True:
            pass


it = g()
for _ in range(5000):
    next(it)
box = [it]
box.append(box)
