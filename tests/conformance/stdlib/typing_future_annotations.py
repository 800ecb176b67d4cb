"""PEP 563: under the future import, annotations are stored as strings."""
from __future__ import annotations

from typing import Optional, get_type_hints

size: int = 3
names: list[str]


class Tree:
    left: Optional[Tree] = None
    right: Optional[Tree] = None
    value: dict[str,   int]

    def insert(self, other: Tree, *rest: int, depth: int = 0, **kw: str) -> Tree | None:
        return None


def later(x: NotDefinedYet) -> also.not_defined[1:2, ...]:
    return x


print(__annotations__)
print(Tree.__annotations__)
print(Tree.insert.__annotations__)
print(later.__annotations__)
print(later(5))
print(get_type_hints(Tree))
print(get_type_hints(Tree.insert))
try:
    get_type_hints(later)
except NameError as e:
    print("NameError", e)
