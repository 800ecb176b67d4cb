import dataclasses
import enum


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class Status(enum.Enum):
    OPEN = "open"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclasses.dataclass(order=True)
class Order:
    priority: Priority
    ident: int
    status: Status = dataclasses.field(default=Status.OPEN, compare=False)


orders = [Order(Priority.NORMAL, 3), Order(Priority.URGENT, 1, Status.SHIPPED), Order(Priority.LOW, 2), Order(Priority.URGENT, 0)]
for order in sorted(orders, reverse=True):
    print(order)
by_status = {}
for order in orders:
    by_status.setdefault(order.status, []).append(order.ident)
print({s.value: ids for s, ids in by_status.items()})
print(dataclasses.asdict(orders[1]), dataclasses.replace(orders[0], status=Status.CANCELLED).status.name)
print(max(orders).priority.name, [o.priority for o in orders if o.priority > Priority.LOW])
