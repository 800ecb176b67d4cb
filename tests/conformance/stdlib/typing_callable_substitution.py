# Type variables and ParamSpecs in collections.abc.Callable[...], substituted by
# CPython's _CallableGenericAlias.__getitem__ over types.GenericAlias.
import typing
from collections.abc import Callable, Mapping

T = typing.TypeVar("T")
U = typing.TypeVar("U")
P = typing.ParamSpec("P")
print(Callable[[T], list[T]], Callable[[T], T].__parameters__, Callable[[T], T][int])
print(Callable[[T, U], U][str, bytes], Callable[..., T][float])
print(Callable[P, T].__parameters__, Callable[P, T][[int, str], bytes])
print(Callable[P, T][..., int], Callable[typing.Concatenate[int, P], T][[str], None])
print(typing.get_args(Callable[[int, str], float]), typing.get_origin(Callable[[int], str]) is Callable)
print(Mapping[str, Callable[[T], T]][int], list[Callable[[T], U]][int, str])
print(typing.get_args(Callable[..., int]), typing.get_args(Callable[[], int]))
try:
    Callable[[T], T][int, str]
except TypeError as e:
    print("TypeError", type(e).__name__)
alias = Callable[[T], T]
print(alias[int] == Callable[[int], int], alias[str] != alias[int])


def apply(f: Callable[[T], U], x: T) -> U:
    return f(x)


print(apply(str.upper, "ok"), typing.get_type_hints(apply)["f"])
