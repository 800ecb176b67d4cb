# TypeVar and Generic classes: parameters, subscription, origins and type arguments.
from typing import Generic, TypeVar, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value


print(T, T.__name__, N.__constraints__, B.__bound__)
print(T.__covariant__, T.__contravariant__)
print(Box.__parameters__, Pair.__parameters__)
IntBox = Box[int]
print(IntBox, get_origin(IntBox) is Box, get_args(IntBox))
b = IntBox(3)
print(type(b).__name__, b.get(), b.__orig_class__)
print(Pair[str, int], get_args(Pair[str, int]))
PartialPair = Pair[str, V]
print(PartialPair.__parameters__, PartialPair[float])
print(Box.__mro__[1:])
print(isinstance(b, Box), issubclass(Box, Generic))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
