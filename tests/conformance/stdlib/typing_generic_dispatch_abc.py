# Generic dataclass with Self, singledispatch on annotations, ABC with Generic, Annotated hints.
import functools
from dataclasses import dataclass, field
from typing import (Annotated, Generic, Iterator, LiteralString, Never, NotRequired, Protocol, Required, Self,
                    TypedDict, TypeGuard, TypeVar, TypeVarTuple, Unpack, assert_never, assert_type, dataclass_transform,
                    get_type_hints, reveal_type, Any, Sequence, Mapping, Iterable)
from abc import ABC, abstractmethod
T = TypeVar("T")
Ts = TypeVarTuple("Ts")

@dataclass
class Stack(Generic[T]):
    items: list[T] = field(default_factory=list)
    def push(self, x: T) -> Self:
        self.items.append(x); return self
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s = Stack[int]().push(1).push(2)
print(list(s), s)

@functools.singledispatch
def show(x) -> str: return "obj"
@show.register
def _(x: int) -> str: return "int"
@show.register
def _(x: list) -> str: return "list"
print(show(1), show([1]), show("s"))

class Shape(ABC, Generic[T]):
    @abstractmethod
    def area(self) -> T: ...
class Sq(Shape[float]):
    def area(self) -> float: return 4.0
print(Sq().area(), Sq.__orig_bases__)
try:
    Shape()
except TypeError as e: print("TypeError")

@dataclass
class M:
    x: Annotated[int, "units"] = 0
print(get_type_hints(M, include_extras=True), get_type_hints(M))
