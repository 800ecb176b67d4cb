class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
i = Item(3, 4)
print(i.price * i.qty, type(Item.price).__name__)
try:
    i.qty = -1
except ValueError as e:
    print(e)
print(sorted(vars(i)))
i.__dict__["price"] = 1000
print(i.price)
