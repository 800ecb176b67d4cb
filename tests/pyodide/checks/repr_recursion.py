# Each level makes its own child, so no deep structure is left to free afterwards.
class Node:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Node" + repr([Node(self.n + 1)])


try:
    repr(Node(0))
except RecursionError:
    print("RecursionError")
print("ok")
