import pprint
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)


shape = Shape("polygon", [Point(i, i * i) for i in range(6)])
pprint.pprint(shape, width=40)
pprint.pprint(shape)
print(pprint.pformat(Point(1, 2)))
