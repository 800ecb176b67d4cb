# exec and eval with None (or no) namespaces use the caller's, as in CPython.
exec("y = 3", None)
print(y)
exec("z = y + 1", None, None)
print(z)
def f():
    a = 5
    print(eval("a + 1", None))
    ns = {}
    exec("b = 2 * 2", None, ns)
    print(ns)
    g = {"q": 1}
    exec("r = q + 1", g)
    print(sorted(k for k in g if k != "__builtins__"))
    print(eval("q", g, None))
f()
print(eval("y * 2", None, {"y": 10}))
try:
    exec("1", 5)
except TypeError as e:
    print("TypeError", e)
