counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    for _ in range(3):
        inner()
    return counter
print(outer(), counter)
def make_global_from_nested():
    def deeper():
        global NEW
        NEW = "made deep"
    deeper()
make_global_from_nested()
print(NEW)
x = 1
def mix():
    x = 2
    def g():
        global x
        return x
    return g(), x
print(mix())
