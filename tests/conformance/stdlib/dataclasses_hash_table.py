# The __hash__ rules: every combination of eq, frozen, unsafe_hash and a __hash__ (or
# __hash__ = None, or __eq__) written in the class body.
from dataclasses import dataclass, field
import itertools


def describe(cls):
    h = cls.__dict__.get("__hash__", "absent")
    if h is None:
        return "None"
    if h == "absent":
        return "inherited"
    return "own" if getattr(h, "__qualname__", "").endswith("Body.__hash__") else "generated"


bodies = {
    "plain": {},
    "hash": {"__hash__": lambda self: 42},
    "hash_none": {"__hash__": None},
    "eq_and_hash_none": {"__eq__": lambda self, other: True, "__hash__": None},
}
for (name, body), eq, frozen, unsafe in itertools.product(bodies.items(), [False, True], [False, True], [False, True]):
    ns = dict(body)
    if "__hash__" in ns and ns["__hash__"] is not None:
        ns["__hash__"].__qualname__ = "Body.__hash__"
    ns["__annotations__"] = {"a": int}
    cls = type("C", (), ns)
    try:
        cls = dataclass(eq=eq, frozen=frozen, unsafe_hash=unsafe)(cls)
    except TypeError as error:
        print(name, eq, frozen, unsafe, "TypeError:", error)
        continue
    result = describe(cls)
    try:
        value = hash(cls(7)) == hash((7,))
    except TypeError as error:
        value = f"TypeError: {error}"
    print(name, eq, frozen, unsafe, result, value)


@dataclass(frozen=True)
class Partial:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False)
    d: int = field(compare=False, hash=True)


print(hash(Partial(1, 2, 3, 4)) == hash((1, 4)))
print(Partial(1, 2, 3, 4) == Partial(1, 2, 9, 9), Partial(1, 2, 3, 4) == Partial(1, 3, 3, 4))
print(len({Partial(1, 2, 3, 4), Partial(1, 5, 3, 4), Partial(1, 2, 3, 5)}))


@dataclass(frozen=True)
class Empty:
    pass


print(hash(Empty()) == hash(()), Empty() == Empty())
