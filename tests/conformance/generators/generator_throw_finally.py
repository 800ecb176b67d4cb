def g():
    try:
        yield 1
        yield 2
    except ValueError:
        print("caught ValueError")
        yield "after catch"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError))
try:
    next(it)
except StopIteration:
    print("done")
it2 = g()
try:
    it2.throw(ValueError)
except ValueError:
    print("throw into unstarted generator raises immediately")
print(next(it2, "exhausted"))
