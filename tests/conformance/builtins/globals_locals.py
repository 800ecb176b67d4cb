x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(sorted(k for k in g if not k.startswith("__")))
print(g["x"], "f" in g, g is globals())
g["created_dynamically"] = "yes"
print(created_dynamically)
def no_locals():
    return locals()
print(no_locals())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(__name__, "__builtins__" in globals())
