def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def cells():
    a = []
    def push(v):
        a.append(v)
        return len(a)
    def peek():
        return a[-1] if a else None
    return push, peek
push, peek = cells()
print(peek(), push(3), push(4), peek())
def acc(total=0):
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc(100)
print(a(1), a(10), a(100))
def shadow():
    v = "outer"
    def inner():
        v = "inner"
        return v
    return inner(), v
print(shadow())
