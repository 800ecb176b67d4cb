def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def safe_gen():
    for i in range(3):
        try:
            yield 10 / (1 - i)
        except ZeroDivisionError:
            yield "div0"
print(list(safe_gen()))
def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")
for x in cleanup():
    print(x)
    break
print("after loop")
def bad():
    yield 1
    {}["k"]
try:
    list(bad())
except Exception as e:
    print("caught", type(e).__name__)
