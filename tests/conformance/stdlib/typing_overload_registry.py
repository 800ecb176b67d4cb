# overload registry: get_overloads and clear_overloads, methods included.
from typing import clear_overloads, get_overloads, overload


class Parser:
    @overload
    def parse(self, data: bytes) -> str: ...
    @overload
    def parse(self, data: str) -> str: ...
    def parse(self, data):
        return data.decode() if isinstance(data, bytes) else data


@overload
def area(r: float) -> float: ...
@overload
def area(w: float, h: float) -> float: ...
def area(*args):
    return args[0] * args[0] * 3 if len(args) == 1 else args[0] * args[1]


print(Parser().parse(b"hi"), Parser().parse("yo"))
print(area(2), area(2, 5))
print(len(get_overloads(area)), len(get_overloads(Parser.parse)))
print([f.__name__ for f in get_overloads(area)])
clear_overloads()
print(len(get_overloads(area)))
