class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad input {s!r}") from e
try:
    parse("x1")
except ParseError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("a") from ValueError("b")
except RuntimeError as e:
    print(e.__cause__.args, e.__context__)
parse("nope")
