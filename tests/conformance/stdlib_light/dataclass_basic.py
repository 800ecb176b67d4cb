from dataclasses import dataclass, field, fields, asdict, astuple
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
i = Item("pen", 1.5)
print(i)
print(i == Item("pen", 1.5), i == Item("pen", 2.0))
print([f.name for f in fields(Item)], [f.type for f in fields(Item)] == [str, float, int, list])
print(asdict(i), astuple(Item("a", 1, 2, ["x"])))
i.tags.append("blue")
print(Item("x", 0).tags, i.tags)
try:
    Item()
except TypeError:
    print("TypeError missing")
print(Item.__init__.__name__, Item("a", 1, qty=5).qty)
