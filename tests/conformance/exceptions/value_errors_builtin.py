ops = [lambda: int("x"), lambda: float("abc"), lambda: [1].index(2), lambda: "abc".index("z"),
       lambda: list(range(3)).remove(7), lambda: chr(-1), lambda: "a,b".split(""),
       lambda: int("5", 1), lambda: bytes([256]), lambda: (1, 2).index(3),
       lambda: max([]), lambda: range(0, 5, 0)]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "no error")
    except ValueError:
        print(i, "ValueError")
a, b = (1, 2)
try:
    a, b = (1, 2, 3)
except ValueError:
    print("too many values to unpack")
try:
    a, b, c = (1, 2)
except ValueError:
    print("not enough values")
try:
    a, b = [1]
except Exception as e:
    print("caught", type(e).__name__)
