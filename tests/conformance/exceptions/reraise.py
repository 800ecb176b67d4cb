def risky():
    raise ValueError("original")
try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer got", e)
def wrap():
    try:
        risky()
    except ValueError as e:
        err = e
    raise err
try:
    wrap()
except ValueError as e:
    print("re-raised stored", e.args)
def bare():
    try:
        {}["x"]
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    bare()
except KeyError as e:
    print("bare raise picks KeyError", e.args)
try:
    risky()
except Exception as e:
    print("caught", type(e).__name__)
