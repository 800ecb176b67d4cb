# An except clause's test that raises, and what the exception being handled keeps:
# its context, and the traceback entries of the frames it went through.


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def failing(kind):
    try:
        {}["k"]
    except (ValueError, kind):
        return "caught"


def deeper(kind):
    return failing(kind)


for kind in (KeyError, 42, "text", None):
    try:
        print(deeper(kind))
    except TypeError as error:
        context = error.__context__
        print("TypeError:", error)
        print("  context:", type(context).__name__, lines(context.__traceback__))


def undefined_name():
    try:
        [][1]
    except NotDefinedAnywhere:
        pass


for attempt in range(3):
    try:
        undefined_name()
    except NameError as error:
        print(attempt, type(error.__context__).__name__, lines(error.__context__.__traceback__))


def unmatched_then_caught():
    try:
        try:
            int("x")
        except KeyError:
            print("not here")
    except ValueError as error:
        return lines(error.__traceback__)


print(unmatched_then_caught())


def handled_inside(n):
    try:
        if n:
            raise LookupError(n)
    except LookupError as error:
        return lines(error.__traceback__)
    return []


print([handled_inside(i) for i in range(3)])
