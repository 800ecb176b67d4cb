# The generated __init__: its defaults, annotations, name and CPython's argument errors.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    scale: InitVar[float] = 1.0
    _: KW_ONLY
    label: str = "p"
    weight: float

    def __post_init__(self, scale):
        self.x = int(self.x * scale)


init = Point.__init__
print(init.__name__, init.__qualname__)
print(init.__defaults__)
print(sorted(init.__kwdefaults__.items()))
print(sorted((k, getattr(v, "__name__", repr(v))) for k, v in init.__annotations__.items()))
print(Point(3, weight=2.0))
print(Point(3, 4, [1], 2.0, weight=1.5, label="q"))

calls = [
    lambda: Point(),
    lambda: Point(1),
    lambda: Point(1, 2, 3, 4, 5, weight=1),
    lambda: Point(1, 2, 3, 4, 5),
    lambda: Point(1, x=2, weight=1),
    lambda: Point(1, weight=1, colour="red"),
    lambda: Point(weight=1),
    lambda: Point.__init__(),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


@dataclass
class Many:
    a: int
    b: int
    c: int


for args in [(), (1,), (1, 2)]:
    try:
        Many(*args)
    except TypeError as error:
        print("TypeError:", error)


@dataclass(kw_only=True)
class Keywords:
    a: int
    b: int


try:
    Keywords()
except TypeError as error:
    print("TypeError:", error)
try:
    Keywords(1, 2)
except TypeError as error:
    print("TypeError:", error)


@dataclass
class Selfish:
    self: int
    other: int = 2


s = Selfish(1)
print(s, Selfish(self=5, other=6))


@dataclass
class NoFields:
    pass


print(NoFields(), NoFields.__init__.__defaults__)
try:
    NoFields(1)
except TypeError as error:
    print("TypeError:", error)
