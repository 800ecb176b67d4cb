def g():
    yield "x"
    return "ret"
it = g()
print(list(it))
it2 = g()
print(next(it2))
try:
    next(it2)
except StopIteration as e:
    print(repr(e.value))
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", type(e.__cause__).__name__)
def empty():
    return "nothing"
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty gen value", e.value)
print(list(empty()))
