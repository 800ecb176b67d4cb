# Abstract methods that generated methods implement, exceptions raised in
# __post_init__ and default factories, __post_init__ through super(), and
# __init_subclass__ seeing the class before the decorator runs.
import abc
from dataclasses import dataclass, field


class Shape(abc.ABC):
    @abc.abstractmethod
    def __eq__(self, other):
        ...

    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square.__abstractmethods__, Square(2).area(), Square(2) == Square(2))


@dataclass
class Half(Shape):
    side: float


try:
    Half(1)
except TypeError as error:
    print("TypeError", type(error).__name__)


@dataclass
class Validated:
    amount: int

    def __post_init__(self):
        if self.amount < 0:
            raise ValueError(f"negative amount {self.amount}")


try:
    Validated(-5)
except ValueError as error:
    print("ValueError", error)

counter = iter(range(100))


def next_id():
    value = next(counter)
    if value == 2:
        raise LookupError("ids exhausted")
    return value


@dataclass
class Record:
    id: int = field(default_factory=next_id)
    extra: list = field(default_factory=list, init=False)


print(Record(), Record(), Record(id=50))
try:
    Record()
except LookupError as error:
    print("LookupError", error)


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        print("Parent.__post_init__", self.a)


@dataclass
class Kid(Parent):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Kid.__post_init__", self.b)


Kid(1, 2)


class Registry:
    seen = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.seen.append((cls.__name__, "__init__" in cls.__dict__))


@dataclass
class Registered(Registry):
    x: int = 0


print(Registry.seen, "__init__" in Registered.__dict__)


@dataclass
class Own:
    x: int

    def __init__(self, value):
        self.x = value * 2


print(Own(4), Own.__init__.__qualname__)
