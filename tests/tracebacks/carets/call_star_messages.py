# Where a * stands decides CPython's wording: the one argument of a call names the
# callable (builtin, function, method, class, callable instance); among other arguments
# or in a list/tuple display it is "Value after *"; a set display says "not iterable".
import sys


def f(*args, **kwargs):
    return args


class Box:
    def put(self, *items):
        return items


class Broken:
    def __iter__(self):
        raise TypeError("iteration failed inside __iter__")


attempts = [
    lambda: f(*7),
    lambda: f(*None),
    lambda: Box().put(*7),
    lambda: Box.put(*7),
    lambda: print(*7),
    lambda: len(*7.5),
    lambda: Box(*7),
    lambda: f(1, *7),
    lambda: f(*[1], *7),
    lambda: [*7],
    lambda: (0, *7),
    lambda: {*7},
    lambda: f(*Broken()),
    lambda: (lambda *a: a)(*7),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e, file=sys.stderr)
try:

    class Derived(*7):
        pass

except TypeError as e:
    print(e, file=sys.stderr)
Box().put(1, *7)
