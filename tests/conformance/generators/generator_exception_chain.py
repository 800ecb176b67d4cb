def producer():
    yield 1
    raise ValueError("producer broke")
def consumer():
    try:
        for v in producer():
            print("consumed", v)
    except ValueError as e:
        raise RuntimeError("consumer failed") from e
try:
    consumer()
except RuntimeError as e:
    print(e, "<-", e.__cause__)
def g():
    try:
        yield
    except Exception as e:
        yield f"caught {type(e).__name__}"
it = g()
next(it)
print(it.throw(IndexError("x")))
consumer()
