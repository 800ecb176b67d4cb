class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        print("len called")
        return len(self.items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
b = Bag(1, 2)
print(len(b), 2 in b, 5 not in b)
print(bool(b), bool(Bag()))
if not Bag():
    print("empty bag is falsy")
class Truthy:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len not used")
        return 1
print(bool(Truthy()), not Truthy())
x = Truthy() or "fallback"
print(x)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError __bool__ must return bool")
class NegLen:
    def __len__(self):
        return -1
len(NegLen())
