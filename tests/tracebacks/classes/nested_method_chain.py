class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def total(self):
        return self.value + self.child.total()


Node(1, Node(2, Node(3))).total()
