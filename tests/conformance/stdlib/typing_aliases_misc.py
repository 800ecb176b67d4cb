# Deprecated aliases (Pattern, IO, Counter...), AnyStr, no_type_check, generic NamedTuple, KW_ONLY hints.
import typing, re, io
from typing import (IO, AnyStr, Generic, NamedTuple, Pattern, Protocol, Text, TypeVar, no_type_check,
                    get_type_hints, TYPE_CHECKING, Match, BinaryIO, TextIO, Type, FrozenSet, Set, ChainMap, Counter,
                    OrderedDict, Awaitable, Coroutine, AsyncIterator, Generator, ContextManager, Hashable, Sized)
from dataclasses import dataclass, KW_ONLY
T = TypeVar("T")
class Pair(NamedTuple, Generic[T]):
    a: T
    b: T
p = Pair[int](1, 2)
print(p, Pair[int])
@no_type_check
def f(x: "nonsense here") -> 1: return x
print(get_type_hints(f), f(3))
def concat(a: AnyStr, b: AnyStr) -> AnyStr: return a + b
print(concat("a", "b"), AnyStr.__constraints__)
print(Pattern, Match, Text is str, IO, TextIO, BinaryIO)
print(isinstance(re.compile("x"), Pattern), isinstance(io.StringIO(), typing.TextIO))
@dataclass
class D:
    a: int
    _: KW_ONLY
    b: int = 2
print(D(1, b=3), sorted(get_type_hints(D)))
print(Type[int], FrozenSet[int], Set[str], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(Awaitable[int], Coroutine[None, None, int], AsyncIterator[int], Generator[int, None, None])
print(isinstance(1, Hashable), isinstance([], Sized), isinstance([], Hashable))
class Box(Generic[T]):
    pass
class IntBox(Box[int]): pass
print(IntBox.__orig_bases__, IntBox.__parameters__, typing.get_origin(IntBox.__orig_bases__[0]))
print(typing.get_type_hints(typing.NamedTuple("Q", [("x", int)])))
print(repr(typing.Optional[typing.Callable[..., None]]))
if TYPE_CHECKING:
    print("never printed")
print(typing.__all__[:5])
