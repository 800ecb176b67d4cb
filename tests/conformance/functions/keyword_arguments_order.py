def describe(**kw):
    return ", ".join(f"{k}={v}" for k, v in kw.items())
print(describe(z=1, a=2, m=3))
print(describe(**{"b": 1}, a=2))
def f(a, b, c):
    return [a, b, c]
print(f(c=3, a=1, b=2))
print(f(1, c=3, b=2))
opts = dict(sep="|", end="<\n")
print("x", "y", **opts)
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 0}, c=3))
