def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit requested")
        return "ignored value"
it = g()
next(it)
it.close()
print("closed")
def h():
    yield 1
    yield 2
it = h()
print(next(it))
it.close()
print(list(it))
def with_finally_yield():
    try:
        yield "a"
    finally:
        print("finally executes on close")
w = with_finally_yield()
print(next(w))
w.close()
print("after close")
