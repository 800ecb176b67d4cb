def three():
    yield "a"
    yield "b"
    yield "c"
x, y, z = three()
print(x, y, z)
first, *rest = three()
print(first, rest)
print(*three())
print([*three(), *three()])
print(dict(enumerate(three())))
def two():
    yield 1
    yield 2
a, b, c = two()
