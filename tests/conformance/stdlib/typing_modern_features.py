# TypedDict Required/NotRequired, TypeGuard, assert_type/assert_never, TypeVarTuple, dataclass_transform.
from typing import (Iterable, LiteralString, Mapping, Never, NotRequired, Protocol, Required, Sequence,
                    TypedDict, TypeGuard, TypeVarTuple, Unpack, assert_never, assert_type, dataclass_transform,
                    reveal_type)

Ts = TypeVarTuple("Ts")


class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))

def is_str_list(v: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in v)
print(is_str_list(["a"]), assert_type(3, int))
print(reveal_type.__name__)

def f(*args: Unpack[Ts]) -> tuple[Unpack[Ts]]: return args
print(f(1, 2), Ts, Unpack[Ts].__args__)

@dataclass_transform()
def model(cls): return cls
@model
class P: pass
print(P.__name__)
class SupportsClose(Protocol):
    @property
    def closed(self) -> bool: ...
print(isinstance([], Sequence), isinstance({}, Mapping), issubclass(list, Iterable))
def g(x: int | str) -> None:
    if isinstance(x, int): pass
    elif isinstance(x, str): pass
    else: assert_never(x)
g(1)
print(Never, LiteralString)
