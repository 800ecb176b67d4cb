# Freeing linked lists of 100,000 sandbox instances while the program is already ~950
# calls deep (the default recursion limit is 1000): the trashcan
# (interp/runtime/trashcan.py) nests at most 16 finalisers, which must fit in what the
# JavaScript stack has left there.
class Node:
    def __init__(self, next):
        self.next = next


class Box:
    def __init__(self, inner):
        self.items = [(inner,), {"k": inner}]


class Loud(Node):
    def __del__(self):
        print("del at depth")


def chain(kind, n):
    head = Loud(None)
    for _i in range(n):
        head = kind(head)
    return head


def descend(k, kind):
    if k == 0:
        chain(kind, 100_000 if kind is Node else 30_000)
        return "freed " + kind.__name__
    return descend(k - 1, kind)


print(descend(950, Node))
print(descend(950, Box))
print("ok")
