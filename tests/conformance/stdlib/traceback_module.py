import sys
import traceback


def inner():
    raise ValueError("bad value")


def outer():
    try:
        inner()
    except ValueError as error:
        raise KeyError("k") from error


try:
    outer()
except KeyError:
    print(traceback.format_exc())
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    traceback.print_exc(file=sys.stdout)
    summary = traceback.TracebackException.from_exception(sys.exc_info()[1])
    print(str(summary), summary.exc_type.__name__, "".join(summary.format_exception_only()))
    print(summary.__cause__.exc_type.__name__, summary.__context__ is not None)
try:
    [][3]
except IndexError as error:
    print("".join(traceback.format_exception(error)))
    print(traceback.format_exception_only(error))
    traceback.print_exception(error, file=sys.stdout)
    print(traceback.format_exception(type(error), error, error.__traceback__)[-1], end="")
print(traceback.format_exception_only(None))
print(traceback.format_exc())


class Custom(Exception):
    def __str__(self):
        return "custom message"


try:
    try:
        raise Custom()
    except Custom:
        {}["missing"]
except KeyError as error:
    print("".join(traceback.format_exception(error)))
