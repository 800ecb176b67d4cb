import enum


class Base(enum.Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value!r}"


class Fruit(Base):
    APPLE = 1
    PEAR = 2


print(Fruit.APPLE.describe(), [f.describe() for f in Fruit])
try:
    class MoreFruit(Fruit):
        KIWI = 3
except TypeError as error:
    print("TypeError", error)


class Ordered(enum.Enum):
    _ignore_ = ["i"]
    FIRST = 1
    SECOND = 2
    for i in range(3):
        pass

    def __lt__(self, other):
        if type(self) is type(other):
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.SECOND, Ordered.FIRST]), hasattr(Ordered, "i"))


class WithNested(enum.Enum):
    A = 1
    B = 2
    limit = enum.nonmember(10) if hasattr(enum, "nonmember") else 10

    @enum.member
    def helper(self=None):
        return "member function"


print([m.name for m in WithNested], WithNested.limit, WithNested.helper.value())
print(enum.Enum.__members__ if False else len(enum.Enum.__members__), type(Fruit).__name__)
