# Recursive type aliases and forward references resolved with get_type_hints.
from typing import Dict, List, Optional, Union, get_type_hints

JSON = Union[None, bool, int, float, str, List["JSON"], Dict[str, "JSON"]]


class LinkedList:
    def __init__(self, value: int, next: "Optional[LinkedList]" = None) -> None:
        self.value = value
        self.next = next

    def to_list(self) -> List[int]:
        node: Optional[LinkedList] = self
        out = []
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


def depth(doc: JSON) -> int:
    if isinstance(doc, list):
        return 1 + max((depth(x) for x in doc), default=0)
    if isinstance(doc, dict):
        return 1 + max((depth(x) for x in doc.values()), default=0)
    return 0


print(LinkedList(1, LinkedList(2, LinkedList(3))).to_list())
print(get_type_hints(LinkedList.__init__))
print(depth({"a": [1, {"b": [2, [3]]}], "c": None}))
print(JSON.__args__[:5])
