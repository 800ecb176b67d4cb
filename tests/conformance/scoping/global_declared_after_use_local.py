x = "g"
def f():
    global x
    x = x + "!"
    return x
print(f(), f(), x)
def g(x):
    def h():
        return x
    return h
print(g("param")())
y = 5
def nested():
    y = 6
    def inner():
        global y
        y = 7
        return y
    inner()
    return y
print(nested(), y)
def star_scope():
    a, *b = range(4)
    return a, b
print(star_scope())
