# dataclasses with typing annotations: Optional, List, ClassVar, field defaults.
from dataclasses import dataclass, field, fields
from typing import ClassVar, Dict, List, Optional


@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None
    registry: ClassVar[Dict[str, "Item"]] = {}

    def __post_init__(self):
        Item.registry[self.name] = self


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


a = Item("pen", 1.5)
b = Item("book", 12.0, ["paper"], "used")
print(a)
print(b)
print([f.name for f in fields(Item)])
print(sorted(Item.registry))
print(sorted([Version(1, 2), Version(0, 9), Version(1)]))
print(Version(2) == Version(2, 0), Version(1, 1) < Version(1, 2))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__)
