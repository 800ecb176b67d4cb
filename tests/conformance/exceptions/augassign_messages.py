# The messages of failing in-place operators name the in-place operator (``+=``), for
# locals, globals, items and attributes, with ints and floats on the left.
class Box:
    def __init__(self):
        self.n = 1


total = 0
ratio = 1.5


def attempt(label, fn):
    try:
        fn()
    except TypeError as error:
        print(label, error)


def local_int():
    x = 3
    x += "a"


def local_float():
    y = 2.5
    y -= [1]


def global_int():
    global total
    total += None


def global_float():
    global ratio
    ratio -= "b"


def item():
    xs = [1, 2.0]
    xs[0] += "c"
    return xs


def attribute():
    b = Box()
    b.n -= "d"


def times():
    z = 2.0
    z *= {}


for _ in range(3):
    for label, fn in [
        ("local int", local_int),
        ("local float", local_float),
        ("global int", global_int),
        ("global float", global_float),
        ("item", item),
        ("attribute", attribute),
        ("times", times),
    ]:
        attempt(label, fn)
