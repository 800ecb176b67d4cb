def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print("NameError", type(e).__name__)
    late = "now bound"
    return inner()
print(outer())
def outer2():
    def inner():
        nonlocal v
        v = "set"
    v = None
    inner()
    return v
print(outer2())
def outer3():
    def get():
        return w
    return get
outer3()()
