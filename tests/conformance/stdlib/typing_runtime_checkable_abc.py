# runtime_checkable protocols next to collections.abc checks.
from collections.abc import Iterable, Sized
from typing import Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, runtime_checkable


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "()"


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


values = [Circle(), Bag([1, 2]), 3, 2.5, "s", [1], None]
for v in values:
    print(type(v).__name__, isinstance(v, Drawable), isinstance(v, Sized), isinstance(v, Iterable),
          isinstance(v, SupportsInt), isinstance(v, SupportsFloat), isinstance(v, SupportsAbs),
          isinstance(v, SupportsIndex))
print(issubclass(Circle, Drawable), issubclass(Bag, Sized))
shapes = [v for v in values if isinstance(v, Drawable)]
print([s.draw() for s in shapes])
