# The errors of ** name the callable too (and come before a lone * is unpacked);
# a class definition's are named after __build_class__.
import sys


def f(*args, **kwargs):
    return kwargs


class Keys:
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        return 1


attempts = [
    lambda: f(**7),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=0, **Keys()),
    lambda: f(**{1: 2}),
    lambda: f(*7, **8),
    lambda: dict(**[1]),
    lambda: max(**7),
    lambda: {**7},
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e, file=sys.stderr)
for make in (lambda: type("X", (), {}, **7),):
    try:
        make()
    except TypeError as e:
        print(e, file=sys.stderr)
try:

    class Derived(x=1, **{"x": 2}):
        pass

except TypeError as e:
    print(e, file=sys.stderr)
settings = {"verbose": True}
f(verbose=False, **settings)
