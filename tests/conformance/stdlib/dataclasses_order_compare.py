# eq and order compare the tuples of compare=True fields, only between instances of the
# same class; items compare by identity first, as tuples do.
from dataclasses import dataclass, field
import functools


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print(Version(1, 2, "x") == Version(1, 2, "y"), Version(1) != Version(2))
print(Version.__lt__.__qualname__, Version.__eq__.__qualname__)
print(Version(1).__eq__(5), Version(1).__lt__("a"))
try:
    Version(1) < 5
except TypeError as error:
    print("TypeError", error)


@dataclass(order=True)
class Sub(Version):
    pass


print(Version(1) == Sub(1), Sub(1) == Sub(1))
try:
    Version(1) < Sub(2)
except TypeError as error:
    print("TypeError", error)

nan = float("nan")


@dataclass
class Measure:
    value: float


m = Measure(nan)
print(m == m, m == Measure(nan), Measure(nan) == Measure(float("nan")), [m] == [m])


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass
class NoCompare:
    a: int = field(compare=False)


print(NoCompare(1) == NoCompare(2))


@functools.total_ordering
@dataclass
class Manual:
    rank: int

    def __lt__(self, other):
        return self.rank > other.rank


print(sorted([Manual(1), Manual(3), Manual(2)]), Manual(1) >= Manual(2))


@dataclass(order=True)
class Mixed:
    a: object


try:
    sorted([Mixed(1), Mixed("x")])
except TypeError as error:
    print("TypeError", error)
