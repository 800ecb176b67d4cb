# The wording of unpacking errors follows each host's CPython: 3.14 adds the size of an
# exact tuple, list or dict ("got 3"), never of other iterables.
import sys


class MyList(list):
    pass


cases = [(1, 2, 3), [1, 2, 3], {1: 1, 2: 2, 3: 3}, "abc", iter([1, 2, 3]), MyList([1, 2, 3]), range(3)]
for value in cases:
    try:
        a, b = value
    except ValueError as e:
        print(type(value).__name__, e, file=sys.stderr)
for value in cases:
    try:
        for a, b in [value]:
            pass
    except ValueError as e:
        print("for", type(value).__name__, e, file=sys.stderr)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e, file=sys.stderr)
x, y = {"a": 1, "b": 2, "c": 3}
