x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("xy"))
print = print
def g():
    return max([1, 5, 2])
max_backup = max
max = lambda *a: "global max"
print(g())
del max
print(g())
