# get_type_hints on a forward reference that names nothing: the NameError ends the program.
from typing import List, Optional, get_type_hints


class Order:
    id: int
    lines: "List[Line]"
    parent: "Optional[Order]" = None


class Line:
    sku: str
    qty: int


print(get_type_hints(Line))
print(get_type_hints(Order)["lines"])


class Broken:
    owner: "Customer"


print(Broken.__annotations__)
get_type_hints(Broken)
