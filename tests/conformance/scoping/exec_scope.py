g = {"x": 1}
exec("y = x + 1", g)
print(g["y"], "y" in globals())
def f():
    ns = {}
    exec("z = 5", ns)
    return ns["z"]
print(f())
ns = {"a": 10}
exec("def double():\n    return a * 2", ns)
print(ns["double"]())
ns["a"] = 21
print(ns["double"]())
code = "total = 0\nfor i in range(5):\n    total += i"
loc = {}
exec(code, {}, loc)
print(loc)
print(eval("a + 1", ns), eval("[a for _ in range(2)]", ns))
