def run(program):
    stack, pc, env, out = [], 0, {}, []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    steps = 0
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": a < b}[op])
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if not stack.pop():
                pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "label":
            pass
        else:
            raise ValueError(f"bad op {op}")
    return out, env, steps
factorial = [
    ("push", 1), ("store", "acc"), ("push", 10), ("store", "n"),
    ("label", "loop"), ("push", 0), ("load", "n"), ("lt",), ("jz", "end"),
    ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
    ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", "loop"),
    ("label", "end"), ("load", "acc"), ("print",),
]
print(run(factorial))
print(run([("push", 2), ("push", 3), ("add",), ("print",)]))
run([("push", 1), ("bogus",)])
