# Errors from specialized operators: unbound locals, undefined globals, and the host
# operators' own messages.
def unbound(flag):
    if flag:
        late = 1
    try:
        print(late + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        late += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print(missing_global * 2)
    except NameError as e:
        print("NameError", e)


unbound(True)
unbound(False)


def errors(a, b):
    for op in ("div", "mod", "add", "sub", "lt"):
        try:
            if op == "div":
                r = a / b
            elif op == "mod":
                r = a % b
            elif op == "add":
                r = a + b
            elif op == "sub":
                r = a - b
            else:
                r = a < b
            print(op, r)
        except Exception as e:
            print(op, type(e).__name__, e)


errors(1, 0)
errors("x", 2)
errors([1], None)
