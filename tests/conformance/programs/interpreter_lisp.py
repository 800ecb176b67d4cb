def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    t = tokens.pop(0)
    if t == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(t)
    except ValueError:
        return t
GLOBAL = {"+": lambda *a: sum(a), "*": lambda a, b: a * b, "-": lambda a, b: a - b,
          "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a)}
def evaluate(x, env=GLOBAL):
    if isinstance(x, str):
        return env[x] if x in env else GLOBAL[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        c, a, b = args
        return evaluate(a if evaluate(c, env) else b, env)
    if op == "define":
        GLOBAL[args[0]] = evaluate(args[1], env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, {**env, **dict(zip(params, vals))})
    f = evaluate(op, env)
    return f(*[evaluate(a, env) for a in args])
def run(src):
    return evaluate(read(tokenize(src)))
run("(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))")
run("(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))")
print(run("(fact 20)"), run("(fib 15)"), run("(list 1 (+ 2 3) (if (= 1 2) 10 20))"))
print(run("((lambda (x y) (* x y)) 6 7)"))
try:
    run("(undefined 1)")
except Exception as e:
    print("caught", type(e).__name__)
