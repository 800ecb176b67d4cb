# get_type_hints on functions, classes and forward references.
from typing import ClassVar, List, Optional, get_type_hints


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    count: ClassVar[int] = 0


def connect(a: "Node", b: Node, weight: float = 1.0) -> "Optional[Node]":
    return None


def plain(x, y):
    return x


print(get_type_hints(Node))
print(get_type_hints(connect))
print(get_type_hints(plain))
print(connect.__annotations__)
print(Node.__annotations__["children"])


class Child(Node):
    label: str


hints = get_type_hints(Child)
print(sorted(hints))
print(hints["label"], hints["value"])


def bad(x: "Undefined") -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print("NameError", e)
