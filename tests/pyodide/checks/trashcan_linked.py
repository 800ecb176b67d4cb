# Freeing linked lists of 100,000 sandbox instances.  Without interp's trashcan
# (interp/runtime/trashcan.py) the host's deallocator recurses once per node, and inside
# Pyodide that kills the runtime at about 2,000 nodes.  A __del__ on some nodes must
# print where CPython prints it: before the next line.
class Node:
    def __init__(self, next):
        self.next = next


class Loud(Node):
    def __init__(self, next, tag):
        super().__init__(next)
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def chain(n, every):
    head = None
    for i in range(n):
        head = Loud(head, i) if i % every == 0 else Node(head)
    return head


head = chain(100_000, 30_000)
del head
print("after del")

head = chain(100_000, 40_000)
head = None
print("after rebinding")


def local():
    nodes = chain(100_000, 50_000)
    return type(nodes).__name__


print(local())
print("after return")


class Box:
    """Each level goes through a list, a tuple and a dict of the host's."""

    def __init__(self, inner):
        self.items = [(inner,), {"k": inner}]


box = None
for _i in range(30_000):
    box = Box(box)
box = None
print("boxes freed")

# Left behind when the program ends: freed when the sandbox goes.
kept = None
for _i in range(100_000):
    kept = Node(kept)
print("ok")
