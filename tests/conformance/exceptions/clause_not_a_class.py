# An except clause whose test is not an exception class: the lines of the TypeError
# and of the exception being handled, from a function run once and from one run
# often enough to be compiled to host code.


def check(value, allowed):
    try:
        return int(value)
    except (ValueError,
            allowed):
        return -1


def lines(error):
    found = []
    tb = error.__traceback__
    while tb is not None:
        found.append(tb.tb_lineno)
        tb = tb.tb_next
    return found


def cold():
    try:
        check("x", 42)
    except TypeError as error:
        print("cold", type(error).__name__, error, lines(error))
        print("context", type(error.__context__).__name__, lines(error.__context__))


def hot():
    total = 0
    for i in range(3000):
        total += check(str(i) if i % 3 else "x", KeyError)
    print("total", total)
    try:
        check("x", 42)
    except TypeError as error:
        print("hot", type(error).__name__, error, lines(error))
        print("context", type(error.__context__).__name__, lines(error.__context__))


cold()
hot()
