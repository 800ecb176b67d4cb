def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {"sq": square, "cu": cube, "neg": lambda x: -x}
for name in sorted(ops):
    print(name, ops[name](3))
funcs = [square, cube]
print([fn(2) for fn in funcs])
def apply_twice(fn, v):
    return fn(fn(v))
print(apply_twice(square, 3), apply_twice(ops["neg"], 5))
print(callable(square), callable(3), square == square, square != cube)
alias = square
print(alias.__name__, alias(9))
print(list(map(square, [1, 2, 3])))
def pipeline(*fns):
    def run(v):
        for fn in fns:
            v = fn(v)
        return v
    return run
print(pipeline(square, cube, str, len)(3))
