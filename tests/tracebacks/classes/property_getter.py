class Box:
    def __init__(self):
        self._items = []

    @property
    def first(self):
        return self._items[0]


b = Box()
print(b.first)
