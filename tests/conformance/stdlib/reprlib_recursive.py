import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
print(repr(root))
print(repr(child))
