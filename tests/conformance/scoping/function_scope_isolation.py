def f():
    local_var = "only in f"
    return local_var
f()
try:
    local_var
except NameError:
    print("local_var not global")
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter(); counter()
print(counter())
def param_shadow(list):
    return list * 2
print(param_shadow(3), list("ab"))
def default_scope(v=[x for x in range(3)]):
    return v
print(default_scope())
