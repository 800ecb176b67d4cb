# inspect.signature of plain functions and lambdas: every parameter kind, defaults,
# keyword-only defaults, annotations, and what each Parameter reports about itself.
import inspect
from inspect import Parameter


def every_kind(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    total = a + b
    return total


def only_positional(x, y, /):
    pass


def only_keywords(*, alpha, beta="b"):
    pass


def star_only(*items):
    pass


def annotated(x: int, y: "str" = "a", *rest: float, z: list = None, **opts: dict) -> bool:
    pass


async def coroutine_fn(url, *, timeout=10.0):
    pass


def generator_fn(n, step=1):
    yield n


def with_closure(base):
    def inner(value, scale=base):
        return value * scale + base

    return inner


for fn in [every_kind, only_positional, only_keywords, star_only, annotated, coroutine_fn, generator_fn]:
    sig = inspect.signature(fn)
    print(fn.__name__, sig)
    for name, param in sig.parameters.items():
        default = "-" if param.default is Parameter.empty else repr(param.default)
        annotation = "-" if param.annotation is Parameter.empty else repr(param.annotation)
        print("   ", name, param.kind.name, int(param.kind), param.kind.description, default, annotation)
    print("    returns", sig.return_annotation)

print(inspect.signature(with_closure(3)))
print(inspect.signature(lambda: None))
print(inspect.signature(lambda x, *, y=1, **z: x))
print(inspect.signature(lambda p, q=(1, 2), /, *r: 0))

# The kinds are ordered ints with names and descriptions.
kinds = list(inspect._ParameterKind)
print([k.name for k in kinds])
print([str(k) for k in kinds], [repr(k) for k in kinds][:2])
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD == 4)
print(Parameter.empty is inspect.Signature.empty, Parameter.empty)
print(type(inspect.signature(every_kind).parameters).__name__)
print(list(inspect.signature(every_kind).parameters))
try:
    inspect.signature(every_kind).parameters["zz"] = 1
except TypeError as error:
    print("TypeError", error)

# Defaults are the very objects the function holds.
marker = object()


def uses_marker(value=marker, *, other=marker):
    pass


params = inspect.signature(uses_marker).parameters
print(params["value"].default is marker, params["other"].default is marker)

# Changing __defaults__ afterwards shows in a new signature.
every_kind.__defaults__ = (20, 30)
print(inspect.signature(every_kind))
