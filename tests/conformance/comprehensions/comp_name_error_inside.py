vals = [1, 2, 3]
print([v * 2 for v in vals])
def f():
    return [undefined_thing for _ in range(1)]
try:
    f()
except NameError:
    print("NameError inside comprehension")
print([w for w in []])
print([w for w in [] if undefined_never_evaluated])
print({k: v for k, v in []})
print([missing for _ in range(2)])
