# The generated __repr__: recursion shows as "...", repr=False fields, the class's
# qualified name (nested classes, subclasses), properties and __getattr__ lookups.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
root.children.append(root)
print(root)
print(repr(child))


@dataclass
class Box:
    item: object = None


a, b = Box(), Box()
a.item, b.item = b, a
print(a, b)
lst = [Box()]
lst[0].item = lst
print(lst)


class Outer:
    @dataclass
    class Inner:
        x: int


print(Outer.Inner(5), Outer.Inner.__repr__.__qualname__)


@dataclass
class Base:
    x: int


class Derived(Base):
    pass


print(Derived(3), Base(3) == Derived(3), Derived(3) == Derived(3))


@dataclass
class Computed:
    x: int

    @property
    def twice(self):
        return self.x * 2


@dataclass
class WithProp(Computed):
    twice: int = 0


print(Computed(4))


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith("<"), NoRepr.__repr__ is object.__repr__)


@dataclass
class OwnRepr:
    x: int

    def __repr__(self):
        return "mine"


print(OwnRepr(1), [OwnRepr(2)])


@dataclass
class Strange:
    text: str
    number: float
    items: tuple


print(Strange("it's \"q\"", float("nan"), (1, "%s", None)))
print(Strange("%r %%", 1e100, ()))
