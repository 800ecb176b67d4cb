print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' * 3"))
ns = {"x": 5}
print(eval("x * x", ns), eval("x + y", ns, {"y": 1}))
code = """
def sq(v):
    return v * v
result = sq(7)
"""
g = {}
exec(code, g)
print(g["result"], g["sq"](3), sorted(k for k in g if not k.startswith("__")))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
exec("print('printed from exec', 2 ** 5)")
print(eval("len('abc')"), eval("  42  "))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError in eval")
try:
    eval("undefined_xyz")
except NameError:
    print("NameError in eval")
print(eval("x", {"x": "global"}, {"x": "local"}))
