def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("let", [name, value], body):
            return evaluate(substitute(body, name, evaluate(value)))
        case ("var", name):
            raise NameError(name)
    raise ValueError(f"bad expr {expr}")
def substitute(e, name, v):
    match e:
        case ("var", n) if n == name:
            return ("num", v)
        case (op, *args):
            return (op, *[substitute(a, name, v) if isinstance(a, tuple) else a for a in args])
e = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(e))
print(evaluate(("let", ["x", ("num", 5)], ("mul", ("var", "x"), ("var", "x")))))
evaluate(("pow", 1, 2))
