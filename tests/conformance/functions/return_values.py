def nothing():
    pass
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early", i
    return "late", n
print(nothing(), multi(), early(10), early(2))
a, b, c = multi()
print(a, b, c)
def returns_fn():
    return lambda: "inner"
print(returns_fn()())
def try_ret():
    try:
        return "try"
    finally:
        print("finally runs")
print(try_ret())
def loop_ret():
    while True:
        return "out of loop"
print(loop_ret())
