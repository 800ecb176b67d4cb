# Attribute reads and stores at one site on instances whose __dict__ is replaced or whose
# __class__ is reassigned, and on subclasses of builtins, whose own data attributes the
# instance __dict__ cannot hide.
class Counter:
    def __init__(self):
        self.count = 0


class Other:
    count = "class count"


class Error(Exception):
    pass


class Number(int):
    pass


def read(obj, name):
    if name == "count":
        return obj.count
    if name == "args":
        return obj.args
    return obj.real


def store_args(obj, value):
    obj.args = value


c = Counter()
print(read(c, "count"))
c.__dict__ = {"count": 99}
print(read(c, "count"))
c.__class__ = Other
print(read(c, "count"))
del c.count
print(read(c, "count"))

e = Error("x")
print(read(e, "args"))
store_args(e, ("y",))
e.note = "kept"
print(read(e, "args"), e.note, vars(e))

n = Number(5)
print(read(n, "real"), n.numerator)
n.extra = 1
print(vars(n))
for value in (3, "s"):
    try:
        n.real = value
    except AttributeError as err:
        print(type(err).__name__)
