# The older interfaces built on signatures: getfullargspec (bound methods keep self,
# __wrapped__ is not followed), getcallargs with CPython's call-error messages, and
# get_annotations (eval_str, classes, modules, wrapped functions).
import functools
import inspect


def everything(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    pass


def simple(x, y=1):
    pass


def kwonly(*, k, m=0):
    pass


class Shape:
    sides: int
    name: "str" = "shape"

    def __init__(self, width: float, height: float = 1.0):
        pass

    def __repr__(self):
        return "Shape()"

    def scale(self, factor, /, *, around=None):
        pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@deco
def decorated(p: int, q: "list[int]" = None) -> "dict[str, int]":
    pass


for fn in [everything, simple, kwonly, Shape, Shape.scale, Shape(1).scale, decorated, lambda: 0]:
    spec = inspect.getfullargspec(fn)
    print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(simple))
print(type(inspect.getfullargspec(simple)).__name__, inspect.FullArgSpec._fields)
for bad in [42, print if False else None]:
    try:
        inspect.getfullargspec(bad)
    except TypeError as error:
        print("TypeError", error)


def show_call(fn, *args, **kwargs):
    try:
        print(sorted(inspect.getcallargs(fn, *args, **kwargs).items()))
    except TypeError as error:
        print("TypeError", error)


def three(a, b, c):
    pass


def some_defaults(a, b, c=3, d=4):
    pass


def with_star(a, b, *rest, **options):
    pass


def mixed(a, *, k, m, n=1):
    pass


show_call(simple, 1)
show_call(simple, 1, 2)
show_call(simple, y=5, x=4)
show_call(simple)
show_call(simple, 1, 2, 3)
show_call(simple, 1, x=2)
show_call(simple, 1, z=2)
show_call(three)
show_call(three, 1)
show_call(three, 1, 2, 3, 4)
show_call(some_defaults, 1)
show_call(some_defaults, 1, 2, 3, 4, 5)
show_call(some_defaults, 1, 2, 3, 4, 5, 6)
show_call(with_star, 1, 2, 3, 4, flag=True)
show_call(with_star, 1)
show_call(mixed, 1, k=2, m=3)
show_call(mixed, 1)
show_call(mixed, 1, 2, k=1)
show_call(mixed, 1, 2, 3, k=1, m=2)
show_call(kwonly, k=1)
show_call(kwonly)
show_call(Shape(1).scale, 2)
show_call(Shape(1).scale, 2, 3)

print(inspect.get_annotations(decorated))
print(inspect.get_annotations(decorated, eval_str=True))
print(inspect.get_annotations(Shape))
print(inspect.get_annotations(Shape, eval_str=True))
print(inspect.get_annotations(Shape.__init__))
print(inspect.get_annotations(simple), inspect.get_annotations(everything))
print(inspect.get_annotations(decorated, eval_str=True, locals={"int": float}))
first = inspect.get_annotations(everything)
first["extra"] = 1
print(inspect.get_annotations(everything))
try:
    inspect.get_annotations(3)
except TypeError as error:
    print("TypeError", error)
print(inspect.signature(decorated, eval_str=True))
print(inspect.signature(decorated))
