for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            r = eval(f"{a!r} {op} {b!r}")
            print(r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__)
try:
    divmod(3, 0)
except ZeroDivisionError:
    print("divmod ZeroDivisionError")
try:
    print(0 ** -1)
except ZeroDivisionError:
    print("0 ** -1")
try:
    10 % 0
except ArithmeticError as e:
    print("arith", e)
try:
    print(100 // 0)
except Exception as e:
    print("caught", type(e).__name__)
