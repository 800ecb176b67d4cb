data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
running = [total := total + x for x in data]
print(running, total)
def f(x):
    return x * x - 10
print([(x, r) for x in range(6) if (r := f(x)) > 0])
print(r)
last = None
print(any((last := w).startswith("c") for w in ["apple", "cat", "cow"]), last)
