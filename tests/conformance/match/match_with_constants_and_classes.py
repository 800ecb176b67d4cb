class Op:
    ADD = "+"
    SUB = "-"
    MUL = "*"
def calc(tokens):
    stack = []
    for t in tokens:
        match t:
            case int() | float():
                stack.append(t)
            case Op.ADD:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case Op.SUB:
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case Op.MUL:
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case other:
                raise ValueError(f"unknown token {other!r}")
    return stack
print(calc([3, 4, "+", 2, "*"]))
print(calc([10, 2.5, "-"]))
print(calc([1, 2, "/"]))
