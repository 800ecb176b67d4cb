class C:
    n = 3
    squares = [i * i for i in range(n)]
    try:
        bad = [n * i for i in range(3)]
    except NameError:
        bad = "NameError: class var not visible inside comprehension"
    items = ["a", "b"]
    upper = [s.upper() for s in items]
print(C.squares, C.bad, C.upper)
class D:
    base = 10
    first = [x for x in range(base)][:3]
    get = lambda self: [self.base + i for i in range(2)]
print(D.first, D().get())
