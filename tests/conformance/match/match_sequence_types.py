def f(x):
    match x:
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, c]:
            return f"triple {a} {b} {c}"
        case _:
            return f"no: {type(x).__name__}"
print(f((1, 2)), f([1, 2]), f(range(2)), f([1, 2, 3]), f((1, 2, 3)))
print(f("ab"), f(b"ab"), f(bytearray(b"ab")), f({1, 2}), f({1: 2, 3: 4}))
class MyList(list):
    pass
print(f(MyList([7, 8])), f(MyList([7, 8, 9])))
def gen():
    yield 1
    yield 2
print(f(gen()))
