# slots=True and weakref_slot=True: a new class with __slots__, inherited slots left out,
# frozen slotted classes pickle their state, and the errors.
import weakref
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Pair:
    a: int
    b: list = field(default_factory=list)


p = Pair(1)
print(p, Pair.__slots__, hasattr(p, "__dict__"), Pair.__qualname__)
try:
    p.c = 3
except AttributeError as error:
    print("AttributeError", type(error).__name__)
print(fields(Pair)[1].name, Pair.__init__.__defaults__)


@dataclass(slots=True)
class Child(Pair):
    c: int = 0


print(Child(1, [2], 3), Child.__slots__)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int


w = Weak(1)
ref = weakref.ref(w)
print(ref() is w, Weak.__slots__)


@dataclass(frozen=True, slots=True)
class Frozen:
    x: int
    y: str = "y"


f = Frozen(1)
print(f, f.__getstate__(), hash(f) == hash((1, "y")))
g = Frozen.__new__(Frozen)
g.__setstate__([5, "z"])
print(g)
try:
    f.x = 2
except AttributeError as error:
    print(type(error).__name__, error)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("x",)
        x: int
except TypeError as error:
    print("TypeError", error)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        x: int
except TypeError as error:
    print("TypeError", error)


class Plain:
    __slots__ = ("base",)


@dataclass(slots=True)
class OverPlain(Plain):
    base: int
    more: int = 1


print(OverPlain(1), OverPlain.__slots__)
