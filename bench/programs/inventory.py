"""A dataclass-heavy inventory: stock records, orders, restocking, and grouped reports.

Items, locations and orders are dataclasses (frozen, ordered, with defaults, factories and
__post_init__ validation); the warehouse sorts, groups and totals them, and uses
dataclasses.replace and asdict the way application code does.
"""

import random
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace

ITEMS = 1200
ORDERS = 30000

CATEGORIES = ["tools", "garden", "kitchen", "toys", "books", "paint"]
ADJECTIVES = ["red", "small", "heavy", "deluxe", "basic", "folding", "steel", "eco"]
NOUNS = ["hammer", "rake", "pan", "kite", "atlas", "brush", "ladder", "bucket", "timer"]


@dataclass(frozen=True, order=True)
class Location:
    aisle: int
    shelf: int

    def __str__(self):
        return f"A{self.aisle:02d}-S{self.shelf}"


@dataclass
class Item:
    sku: str
    name: str
    category: str
    price_cents: int
    quantity: int = 0
    location: Location = Location(0, 0)
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price_cents <= 0:
            raise ValueError(f"{self.sku}: price must be positive")

    @property
    def value_cents(self):
        return self.price_cents * self.quantity


@dataclass
class OrderLine:
    sku: str
    quantity: int


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    status: str = "new"

    def total_units(self):
        return sum(line.quantity for line in self.lines)


@dataclass
class Warehouse:
    items: dict = field(default_factory=dict)
    shipped: list = field(default_factory=list)
    backorders: list = field(default_factory=list)
    restocks: int = 0

    def add(self, item):
        self.items[item.sku] = item

    def fulfil(self, order):
        if any(self.items[line.sku].quantity < line.quantity for line in order.lines):
            order.status = "backordered"
            self.backorders.append(order)
            return False
        for line in order.lines:
            item = self.items[line.sku]
            self.items[line.sku] = replace(item, quantity=item.quantity - line.quantity)
        order.status = "shipped"
        self.shipped.append(order)
        return True

    def restock(self, threshold, amount):
        for sku, item in self.items.items():
            if item.quantity < threshold:
                self.items[sku] = replace(item, quantity=item.quantity + amount)
                self.restocks += 1

    def by_category(self):
        groups = defaultdict(list)
        for item in self.items.values():
            groups[item.category].append(item)
        return groups


rng = random.Random(42)
warehouse = Warehouse()
for number in range(ITEMS):
    name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    item = Item(
        sku=f"SKU{number:05d}",
        name=name,
        category=rng.choice(CATEGORIES),
        price_cents=rng.randint(99, 25_000),
        quantity=rng.randint(0, 40),
        location=Location(rng.randint(1, 30), rng.randint(1, 6)),
        tags=rng.sample(ADJECTIVES, 2),
    )
    warehouse.add(item)

try:
    Item("BAD", "broken", "tools", 0)
except ValueError as error:
    print("error:", error)

skus = list(warehouse.items)
for number in range(ORDERS):
    order = Order(number, f"customer{number * 7919 % 400}")
    for _ in range(1 + number % 4):
        order.lines.append(OrderLine(rng.choice(skus), rng.randint(1, 5)))
    warehouse.fulfil(order)
    if number % 500 == 499:
        warehouse.restock(threshold=5, amount=30)

for category, items in sorted(warehouse.by_category().items()):
    items.sort(key=lambda item: (-item.value_cents, item.sku))
    top = items[0]
    total = sum(item.value_cents for item in items)
    print(f"{category:<8} {len(items):4d} {total / 100:12.2f} {top.name:<16} {top.location}")

by_location = sorted(warehouse.items.values(), key=lambda item: (item.location, item.sku))
first = asdict(by_location[0])
empty = [item for item in warehouse.items.values() if item.quantity == 0]
customers = defaultdict(int)
for order in warehouse.shipped:
    customers[order.customer] += order.total_units()
best = max(customers.items(), key=lambda pair: (pair[1], pair[0]))
print(first["sku"], first["location"], str(by_location[-1].location), best)
print(
    "checksum",
    len(warehouse.shipped),
    len(warehouse.backorders),
    warehouse.restocks,
    len(empty),
    sum(item.quantity for item in warehouse.items.values()),
)
