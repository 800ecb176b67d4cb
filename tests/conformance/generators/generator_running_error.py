def g():
    yield gen_ref.send(None)
gen_ref = g()
try:
    next(gen_ref)
except ValueError:
    print("ValueError: generator already executing")
def simple():
    yield 1
s = simple()
print(next(s))
print(next(s, "end"))
def returns_early(flag):
    if flag:
        return
    yield "yielded"
print(list(returns_early(True)), list(returns_early(False)))
