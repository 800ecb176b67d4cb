# asdict() and astuple(): deep copies, dataclasses inside lists, tuples, dicts and named
# tuples, dict keys converted too, and the factories.
import collections
from dataclasses import dataclass, field, asdict, astuple

Pt = collections.namedtuple("Pt", "x y")


@dataclass
class Leaf:
    name: str
    data: list = field(default_factory=list)


@dataclass
class Tree:
    leaves: list
    index: dict
    pair: tuple
    point: Pt
    nested: dict = field(default_factory=dict)
    skip: int = field(default=0, repr=False, compare=False)


leaf = Leaf("a", [1, [2, 3]])
tree = Tree([leaf, Leaf("b")], {"k": leaf}, (leaf, 2), Pt(leaf, 5), {(1, 2): {"s": {1, 2}}})
d = asdict(tree)
print(d)
print(type(d["point"]).__name__, d["point"].x)
print(d["leaves"][0]["data"] is leaf.data, d["leaves"][0]["data"][1] is leaf.data[1])
print(d["nested"][(1, 2)]["s"] is tree.nested[(1, 2)]["s"])
t = astuple(tree)
print(t)
print(t[0][0][1] is leaf.data)
print(asdict(leaf, dict_factory=lambda pairs: sorted(pairs, reverse=True)))
print(astuple(leaf, tuple_factory=list))
print(asdict(tree, dict_factory=collections.OrderedDict)["leaves"][1])


class MyList(list):
    pass


@dataclass
class Holder:
    items: MyList


h = asdict(Holder(MyList([Leaf("z")])))
print(type(h["items"]).__name__, h)
for bad in (Leaf, 5, [leaf]):
    try:
        asdict(bad)
    except TypeError as error:
        print("TypeError", error)
    try:
        astuple(bad)
    except TypeError as error:
        print("TypeError", error)


class Custom:
    def __init__(self):
        self.v = [1]

    def __deepcopy__(self, memo):
        print("deepcopy called")
        return "copied"


print(asdict(Holder(Custom())))
