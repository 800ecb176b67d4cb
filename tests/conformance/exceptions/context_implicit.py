try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__)
try:
    try:
        raise ValueError("a")
    finally:
        try:
            raise KeyError("b")
        except KeyError as k:
            print("context of b:", type(k.__context__).__name__)
except ValueError as v:
    print("v context", v.__context__)
def chain():
    try:
        [][0]
    except IndexError:
        {}["x"]
try:
    chain()
except KeyError as e:
    print(type(e.__context__).__name__)
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None)
