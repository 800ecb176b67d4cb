def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("during handling")
try:
    f()
except RuntimeError as e:
    print(e, "context:", e.__context__)
def g():
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise TypeError("clean")
try:
    g()
except TypeError as e:
    print(e, "context:", e.__context__)
def h():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return f"handled {e}"
print(h())
f()
