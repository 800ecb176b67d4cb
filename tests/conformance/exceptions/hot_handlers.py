# try and raise in functions that run often enough to be compiled again: handler
# names of every kind (local, global, a closure's), clause tests that fail, causes,
# and a pending return cut short by a finally block that raises.
log = []
kinds = lambda: (KeyError, IndexError)  # noqa: E731

def step(i):
    global last
    try:
        if i % 4 == 0:
            raise KeyError(i)
        if i % 4 == 1:
            [][i]
        if i % 4 == 2:
            raise ValueError(i) from None if i % 8 == 2 else TypeError("cause")
        return i
    except kinds() as last:
        return f"lookup {type(last).__name__}"
    except ValueError as error:
        return f"value {error} {type(error.__cause__).__name__} {error.__suppress_context__}"
    finally:
        log.append(i)

def closure_name(i):
    try:
        raise LookupError(i)
    except LookupError as caught:
        show = lambda: caught.args  # noqa: E731
        seen = show()
    try:
        show()
    except NameError as error:
        return seen, type(error).__name__

def bad_clause(i):
    try:
        try:
            1 / (i - i)
        except "not a class":
            pass
    except TypeError as error:
        return "TypeError", type(error.__context__).__name__

def cut_short():
    try:
        return "pending"
    finally:
        raise RuntimeError("finally")

for i in range(40):
    print(step(i), closure_name(i), bad_clause(i), end=" ")
    try:
        cut_short()
    except RuntimeError as error:
        print(error, type(error.__context__).__name__)
print(log[-12:], len(log))
try:
    print(last)  # the global the clause bound is deleted as it ends
except NameError as error:
    print(type(error).__name__)
