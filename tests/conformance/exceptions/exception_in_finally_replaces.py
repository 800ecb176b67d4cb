def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("got", e.args, "context", type(e.__context__).__name__)
except ValueError:
    print("never")
def g():
    try:
        return "ret"
    finally:
        print("finally before return")
print(g())
def h():
    try:
        pass
    finally:
        raise IndexError("only")
try:
    h()
except Exception as e:
    print("caught", type(e).__name__)
