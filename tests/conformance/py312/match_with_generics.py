class Node[T]:
    __match_args__ = ("value", "children")
    def __init__(self, value: T, children: "list[Node[T]] | None" = None):
        self.value = value
        self.children = children or []
def total[T](n: Node[T]) -> int:
    match n:
        case Node(int(v), []):
            return v
        case Node(int(v), kids):
            return v + sum(total(k) for k in kids)
        case Node(_, kids):
            return sum(total(k) for k in kids)
tree = Node(1, [Node(2), Node("x", [Node(3), Node(4)])])
print(total(tree))
type Tree = Node[int]
print(Tree.__value__.__name__ if hasattr(Tree.__value__, "__name__") else Tree.__value__)
print(f"{total(Node(10, [Node(5)]))=}")
