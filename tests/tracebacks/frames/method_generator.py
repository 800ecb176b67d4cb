class Tree:
    def __init__(self, items):
        self.items = items

    def walk(self):
        for item in self.items:
            yield item.upper()


print(list(Tree(["a", 1]).walk()))
