def source():
    for i in range(3):
        print("produce", i)
        yield i
def square(it):
    for x in it:
        print("square", x)
        yield x * x
pipe = square(source())
print("pipeline built")
for v in pipe:
    print("consume", v)
ge = (print("genexp eval", x) or x for x in range(2))
print("genexp created")
print(list(ge))
def first_arg():
    print("first iterable evaluated eagerly")
    return [1, 2]
g = (x for x in first_arg())
print("after creation")
print(sum(g))
