# A tracing decorator that reports each call by parameter name (bind + apply_defaults),
# a validating decorator driven by annotations, and a memoizer keyed on the bound
# arguments: the everyday uses of inspect.signature in decorators.
import functools
import inspect


def trace(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        shown = ", ".join(f"{name}={value!r}" for name, value in bound.arguments.items())
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({shown}) -> {result!r}")
        return result

    return wrapper


def check_types(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            param = sig.parameters[name]
            expected = param.annotation
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD) or expected is param.empty:
                continue
            if not isinstance(value, expected):
                raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
        return fn(*args, **kwargs)

    return wrapper


def memoize(fn):
    sig = inspect.signature(fn)
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        key = (bound.args, tuple(sorted(bound.kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        else:
            print("   cache hit for", key)
        return cache[key]

    return wrapper


@trace
def area(width, height=1, *, unit="m"):
    return f"{width * height}{unit}2"


@trace
def join(sep, /, *parts, upper=False, **extra):
    text = sep.join(parts)
    return text.upper() if upper else text


area(3)
area(3, 4)
area(width=2, unit="cm")
join("-", "a", "b", upper=True, note="x")
join(",")
try:
    area()
except TypeError as error:
    print("TypeError", error)
try:
    area(1, 2, 3)
except TypeError as error:
    print("TypeError", error)


@check_types
def scale(value: float, factor: int = 2, *tags: str) -> float:
    return value * factor


print(scale(1.5), scale(2.0, 3, "x"))
try:
    scale("1.5")
except TypeError as error:
    print("TypeError", error)
try:
    scale(1.0, factor=2.5)
except TypeError as error:
    print("TypeError", error)


@memoize
def power(base, exponent=2):
    return base**exponent


print(power(3), power(3, 2), power(base=3), power(2, exponent=10))
print(inspect.signature(area), inspect.signature(scale), inspect.signature(power))


class Recorder:
    def __init__(self):
        self.log = []

    def __repr__(self):
        return f"Recorder({len(self.log)})"

    @trace
    def record(self, event, *, level="info"):
        self.log.append((event, level))
        return len(self.log)


recorder = Recorder()
recorder.record("start")
recorder.record("stop", level="warn")
print(inspect.signature(recorder.record), recorder.log)
