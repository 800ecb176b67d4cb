# Freeing linked lists of 100,000 instances of classes with __slots__ (and a mixed
# chain of slotted and plain instances).  Without interp's trashcan
# (interp/runtime/trashcan.py) the host's deallocator recurses once per node, and inside
# Pyodide that kills the runtime at a few thousand nodes.
class Cell:
    __slots__ = ("next",)

    def __init__(self, next):
        self.next = next


class Tagged(Cell):
    __slots__ = ("tag",)

    def __init__(self, next, tag):
        super().__init__(next)
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Open(Cell):
    __slots__ = ("__dict__",)


def chain(n):
    head = None
    for i in range(n):
        if i % 25_000 == 0:
            head = Tagged(head, i)
        elif i % 3 == 0:
            head = Open(head)
            head.extra = i
        else:
            head = Cell(head)
    return head


head = chain(100_000)
del head
print("after del")


class Plain:
    def __init__(self, next):
        self.next = next


head = None
for i in range(100_000):
    head = Cell(head) if i % 2 else Plain(head)
head = None
print("mixed freed")

head = Cell(None)
for _ in range(100_000):
    head = Cell(head)
unset = Cell.__new__(Cell)  # a slot never set
unset = None
head = None
print("ok")
