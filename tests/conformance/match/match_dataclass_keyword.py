from dataclasses import dataclass, field
@dataclass
class Order:
    item: str
    qty: int = 1
    tags: list = field(default_factory=list)
def check(o):
    match o:
        case Order(qty=0):
            return "empty order"
        case Order(item="widget", qty=q) if q > 10:
            return f"bulk widgets: {q}"
        case Order(tags=["urgent", *_]):
            return f"urgent {o.item}"
        case Order(item=i, qty=q):
            return f"{q} x {i}"
for o in [Order("x", 0), Order("widget", 50), Order("pen", tags=["urgent", "gift"]), Order("cup", 2)]:
    print(check(o))
