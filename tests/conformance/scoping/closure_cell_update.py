def make():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(make())
def loop_closures():
    out = []
    for i in range(3):
        out.append(lambda: i)
    i = 100
    return [f() for f in out]
print(loop_closures())
def cell_in_comprehension():
    n = 5
    return [(lambda: n + k)() for k in range(3)]
print(cell_in_comprehension())
