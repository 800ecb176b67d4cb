def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bo"))
def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("a", href="x.html")
def link(text):
    return text
print(link("click"))
calls = []
def log(prefix):
    calls.append("log factory " + prefix)
    def deco(fn):
        calls.append("decorating " + fn.__name__)
        return fn
    return deco
@log("A")
def f():
    pass
print(calls)
