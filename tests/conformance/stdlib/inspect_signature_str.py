# str() and repr() of signatures and parameters: the "/" and "*" markers, defaults
# with and without annotations, annotation formatting (classes, generics, typing
# forms, strings), return annotations, and Signature.format where the CPython has it.
import collections
import inspect
import typing
from inspect import Parameter, Signature


class Point:
    pass


def f1(a, b, /, c, *, d):
    pass


def f2(a, /, *args, b):
    pass


def f3(a=1, /, b=2, *args, c=3, **kwargs):
    pass


def f4(x: int = 5, y: Point = None, *, z: "Point" = None) -> Point:
    pass


def f5(x: list[int], y: dict[str, tuple[int, ...]]) -> set[str]:
    pass


# typing.Optional is left out: 3.14 prints unions as "X | None" through their __module__.
def f6(x: typing.List[int], y: typing.Callable[[int], str] = print) -> typing.Dict[str, typing.Any]:
    pass


def f7(x: collections.OrderedDict, y: int | None = None, z: "forward ref" = "s") -> None:
    pass


def f8(text="a\tb\n", number=-1.5, flag=True, nothing=None, items=(1, [2, {"k": 3}])):
    pass


for fn in [f1, f2, f3, f4, f5, f6, f7, f8]:
    sig = inspect.signature(fn)
    print(fn.__name__, str(sig))
    print("   ", repr(sig))
    print("   ", [str(p) for p in sig.parameters.values()])
    print("   ", [repr(p) for p in sig.parameters.values()][:2])

# Hand-built signatures render the same way.
built = Signature(
    [
        Parameter("self", Parameter.POSITIONAL_ONLY),
        Parameter("key", Parameter.POSITIONAL_OR_KEYWORD, annotation=str),
        Parameter("default", Parameter.POSITIONAL_OR_KEYWORD, default=None),
        Parameter("strict", Parameter.KEYWORD_ONLY, default=False, annotation=bool),
        Parameter("extra", Parameter.VAR_KEYWORD, annotation=int),
    ],
    return_annotation="Result",
)
print(built)
print(Signature())
print(Signature([Parameter("only", Parameter.POSITIONAL_ONLY)]))
print(Signature([Parameter("kw", Parameter.KEYWORD_ONLY)], return_annotation=None))
print(Signature(return_annotation=list[int]))

print(inspect.formatannotation(int), inspect.formatannotation(Point), inspect.formatannotation(list[Point]))
print(inspect.formatannotation(typing.Tuple[int, str]), inspect.formatannotation("text"), inspect.formatannotation(3))
relative = inspect.formatannotationrelativeto(Point)
print(relative(Point), relative(int), relative(collections.OrderedDict))

if hasattr(Signature, "format"):
    long_sig = inspect.signature(f3)
    print(long_sig.format(max_width=20))
    print(long_sig.format(max_width=200))
    print(inspect.signature(f4).format(max_width=10))
else:
    print("no Signature.format on this version")
