print(None, repr(None), str(None), type(None).__name__)
print(..., Ellipsis, ... is Ellipsis)
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
x = [None, 0, "", ...]
print([bool(v) for v in x])
print(None == 0, None is not None)
d = {None: "none key"}
print(d[None])
print(sorted([3, 1, 2]) == None, [3, 1, 2].sort())
print(str(None).upper(), f"{None!r:>6}|")
