# make_dataclass(): field specs as names, pairs and triples, bases, namespace, options
# and its errors.
from dataclasses import make_dataclass, field, fields, is_dataclass, FrozenInstanceError


def describe(self):
    return f"{self.x}/{self.y}"


Point = make_dataclass(
    "Point",
    ["x", ("y", int), ("z", list, field(default_factory=list)), ("w", float, 1.5)],
    namespace={"describe": describe, "LIMIT": 10},
    order=True,
)
p = Point(1, 2)
print(p, p.describe(), Point.LIMIT, p < Point(1, 3))
print([(f.name, f.type) for f in fields(Point)][1:])
print(Point.__name__, Point.__qualname__, is_dataclass(Point))


class Base:
    def hello(self):
        return "hello " + self.name


Named = make_dataclass("Named", [("name", str)], bases=(Base,), frozen=True)
n = Named("n")
print(n.hello(), isinstance(n, Base), hash(n) == hash(("n",)))
try:
    n.name = "m"
except FrozenInstanceError as error:
    print("FrozenInstanceError", error)

Slotted = make_dataclass("Slotted", ["a"], slots=True, kw_only=True)
print(Slotted(a=1), Slotted.__slots__)
try:
    Slotted(1)
except TypeError as error:
    print("TypeError", error)

for specs in (["a", "a"], ["1a"], ["def"], [("a", int, 1, 2)], [("a",)], [3]):
    try:
        make_dataclass("Bad", specs)
    except TypeError as error:
        print("TypeError", error)
