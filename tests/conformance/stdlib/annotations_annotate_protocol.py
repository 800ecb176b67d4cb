# Class, function and module annotations through __annotations__ and (3.14, PEP 649 and
# PEP 749) __annotate__: assigned annotate functions, caching, deletion, NamedTuple,
# TypedDict and singledispatch; each CPython is its own oracle.
import functools
import sys
from typing import NamedTuple, TypedDict

limit: int = 3
try:
    print("module global", __annotations__)
except NameError:
    print("module global: NameError")
print("module attr", sys.modules[__name__].__annotations__)


class Plain:
    a: int
    b: "list[str]" = []


class Child(Plain):
    pass


print(Plain.__annotations__, Child.__annotations__)


def ann(format):
    print("annotate called with", int(format))
    if format != 1:
        raise NotImplementedError
    return {"z": float}


class Lazy:
    pass


Lazy.__annotate__ = ann
print(Lazy.__annotations__)
print(Lazy.__annotations__)
Lazy.__annotations__ = {"w": bytes}
print(Lazy.__annotations__, getattr(Lazy, "__annotate__", None) is ann)
for bad in (5, lambda format: [format]):
    Other = type("Other", (), {})
    try:
        Other.__annotate__ = bad
        print(sorted(Other.__annotations__))
    except TypeError:
        print("TypeError", type(bad).__name__)


class Point(NamedTuple):
    x: int
    y: float = 0.0


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Point.__annotations__, Movie.__annotations__, Movie.__optional_keys__ == {"title", "year"})


@functools.singledispatch
def show(value):
    return "object"


@show.register
def _(value: int):
    return "int"


@show.register
def _(value: list):
    return "list"


print(show(1), show([]), show("s"))


def f(a: int, *, b: "str" = "") -> bool:
    return True


annotate = getattr(f, "__annotate__", None)
print(f.__annotations__, callable(annotate))
if annotate is not None:
    print(annotate(1) == f.__annotations__)


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


def lazy_function():
    pass


lazy_function.__annotate__ = ann
print(sorted(wrapper.__dict__), wrapper.__annotations__, lazy_function.__annotations__)
if sys.version_info >= (3, 14):
    import annotationlib

    for target in (f, Plain, Lazy, Point, sys.modules[__name__]):
        for fmt in annotationlib.Format.VALUE, annotationlib.Format.FORWARDREF, annotationlib.Format.STRING:
            print(fmt.name, annotationlib.get_annotations(target, format=fmt))
