# inspect.signature through functools: partial objects (bound positionals disappear,
# keywords become defaults and make later parameters keyword-only), nested partials,
# partialmethod, functools.wraps wrappers (followed through __wrapped__ unless
# follow_wrapped=False), inspect.unwrap with stop=, and wrapper loops.
import functools
import inspect


def request(method, url, /, body=None, *extra, timeout=30, retries=0, **headers):
    pass


def simple(a, b, c=3, *, d=4):
    pass


for label, obj in [
    ("method given", functools.partial(request, "GET")),
    ("method and url", functools.partial(request, "GET", "/")),
    ("timeout", functools.partial(request, timeout=5)),
    ("three positionals", functools.partial(request, "PUT", "/x", b"data", 1, 2)),
    ("header keyword", functools.partial(request, accept="json")),
    ("b by keyword", functools.partial(simple, b=2)),
    ("a by keyword", functools.partial(simple, a=1)),
    ("a positional, d keyword", functools.partial(simple, 1, d=40)),
    ("nested", functools.partial(functools.partial(simple, 1), 2)),
    ("nested keywords", functools.partial(functools.partial(simple, c=30), 1)),
]:
    print(label, inspect.signature(obj))

try:
    inspect.signature(functools.partial(simple, 1, 2, 3, 4))
except ValueError as error:
    print("ValueError", type(error.__cause__).__name__)
try:
    inspect.signature(functools.partial(simple, e=1))
except ValueError as error:
    print("ValueError", type(error.__cause__).__name__)


class Cell:
    def set(self, row, column, value=None):
        pass

    set_first_row = functools.partialmethod(set, 0)
    clear = functools.partialmethod(set, value="")


print(inspect.signature(Cell.set_first_row), inspect.signature(Cell().set_first_row))
print(inspect.signature(Cell.clear), inspect.signature(Cell().clear))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def timing_wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return timing_wrapper


@logged
@timed
def compute(x: int, y: int = 1, *, scale: float = 1.0) -> float:
    return (x + y) * scale


print(inspect.signature(compute))
print(inspect.signature(compute, follow_wrapped=False))
print(compute.__name__, inspect.unwrap(compute).__name__, inspect.unwrap(compute) is compute.__wrapped__.__wrapped__)
print(inspect.unwrap(compute, stop=lambda f: f.__wrapped__.__name__ == "compute").__qualname__)
print(compute(2, scale=2.0))


class Service:
    @logged
    def fetch(self, key, default=None):
        return key

    @staticmethod
    @logged
    def helper(value, /):
        return value


print(inspect.signature(Service().fetch), inspect.signature(Service.fetch), inspect.signature(Service.helper))

# A wrapper that declares its own signature stops the walk.
def stamped(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    wrapper.__signature__ = inspect.signature(fn).replace(return_annotation=str)
    return wrapper


@logged
@stamped
def render(template, **context):
    pass


print(inspect.signature(render))


def loop():
    pass


loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as error:
    print("ValueError", str(error).split(" at ")[0].split("<")[0])

# A partial of a wrapped function and a wrapped partial.
print(inspect.signature(functools.partial(compute, 1)))
print(inspect.signature(logged(functools.partial(simple, 1))))
print(inspect.getfullargspec(compute))
