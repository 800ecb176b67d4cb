import copy


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree)
print(clone)
flat = copy.copy(tree)
flat.children.append(Node(5))
print(len(tree.children), flat.children is tree.children)
