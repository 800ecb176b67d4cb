count = 0
def incr():
    global count
    count += 1
    return count
incr()
incr()
print(count)
def make_global():
    global new_name
    new_name = "created"
make_global()
print(new_name)
x = "module"
def read_only():
    return x
def shadowing():
    x = "local"
    return x
print(read_only(), shadowing(), x)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(nested(), x)
