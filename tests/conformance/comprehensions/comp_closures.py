fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in fns2])
def make(n):
    return [lambda x, k=k: x + k for k in range(n)]
print([f(10) for f in make(3)])
multipliers = {m: (lambda v, m=m: v * m) for m in (2, 3)}
print(multipliers[2](5), multipliers[3](5))
def outer():
    base = 100
    return [base + i for i in range(3)]
print(outer())
def nested_comp_free():
    k = 7
    return [[k * a + b for b in range(2)] for a in range(2)]
print(nested_comp_free())
