# sys._getframe: the caller's module, names and first lines along f_back, locals, class bodies and generators.
import sys


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        if out[-1] == "<module>":  # above it: whatever runs the program
            break
        frame = frame.f_back
    return out


def leaf(a, b=2):
    total = a + b
    frame = sys._getframe()
    return names(frame), sorted(frame.f_locals), frame.f_globals is globals(), total


def middle():
    return leaf(1)


print(middle())
print(sys._getframe().f_code.co_name)
print(leaf.__code__.co_name, leaf.__code__.co_argcount, leaf.__code__.co_firstlineno)
print(sys._getframe(0).f_globals["__name__"])


class Config:
    where = sys._getframe().f_code.co_name
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))


print(Config.where, Config.seen)


def gen():
    yield names(sys._getframe())
    yield sys._getframe(1).f_code.co_name


def consume():
    return list(gen())


print(consume())
print(sorted([3, 1, 2], key=lambda x: (len(names(sys._getframe())), x)))
line = sys._getframe().f_lineno
print(line - consume.__code__.co_firstlineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
