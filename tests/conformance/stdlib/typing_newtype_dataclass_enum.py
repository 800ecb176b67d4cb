# NewType ids, dataclasses and enums together: a typed order book.
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar, Dict, List, NewType

OrderId = NewType("OrderId", int)


class Side(str, Enum):
    BUY = "buy"
    SELL = "sell"


@dataclass(order=True)
class Order:
    price: float
    id: OrderId = field(compare=False)
    side: Side = field(compare=False)
    qty: int = field(default=1, compare=False)
    book: ClassVar[Dict[OrderId, "Order"]] = {}

    def __post_init__(self) -> None:
        Order.book[self.id] = self


orders: List[Order] = [
    Order(10.5, OrderId(1), Side.BUY, 3),
    Order(9.75, OrderId(2), Side.SELL),
    Order(11.0, OrderId(3), Side.BUY, 2),
]
print(sorted(orders)[0])
buys = [o for o in orders if o.side is Side.BUY]
print(sum(o.qty for o in buys), Side("sell"), Side.BUY.value)
print(sorted(Order.book), Order.book[OrderId(2)].side)
print(Order.__annotations__["id"], OrderId.__supertype__)
