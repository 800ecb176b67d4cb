# inspect.signature of methods and classes: bound methods lose their first parameter,
# classmethods and staticmethods, classes through __init__, __new__ or a metaclass
# __call__ as CPython resolves them, __signature__ overrides, callable instances, and
# the ValueError/TypeError cases (builtin types, metaclasses, non-callables).
import inspect
from inspect import Parameter, Signature


class Account:
    def __init__(self, owner, balance=0.0, *, currency="EUR"):
        self.owner = owner

    def deposit(self, amount, /, note=""):
        pass

    @classmethod
    def open(cls, owner, *, bonus=10):
        pass

    @staticmethod
    def rate(year, month=1):
        pass

    def __call__(self, query, *more):
        pass

    @property
    def total(self):
        return 0


account = Account("ann")
for label, obj in [
    ("class", Account),
    ("instance call", account),
    ("bound method", account.deposit),
    ("function in class", Account.deposit),
    ("classmethod via class", Account.open),
    ("classmethod via instance", account.open),
    ("staticmethod", Account.rate),
    ("staticmethod via instance", account.rate),
    ("bound __init__", account.__init__),
]:
    print(label, inspect.signature(obj))


class WithNew:
    def __new__(cls, size, fill=None):
        return super().__new__(cls)


class InitAfterNew(WithNew):
    def __init__(self, *args, **kwargs):
        pass


class Inherits(InitAfterNew):
    pass


class NewBelowInit:
    def __init__(self, a, b):
        pass


class NewAbove(NewBelowInit):
    def __new__(cls, *args):
        return super().__new__(cls)


class Plain:
    pass


class Meta(type):
    def __call__(cls, token, *, retries=3):
        return super().__call__()


class Managed(metaclass=Meta):
    def __init__(self, ignored, also_ignored):
        pass


class Declared:
    __signature__ = Signature([Parameter("magic", Parameter.POSITIONAL_OR_KEYWORD, default=42)])

    def __init__(self, *args):
        pass


class OnlyVarargsInit:
    def __init__(*args):
        pass


class MyError(Exception):
    pass


class MyList(list):
    def __init__(self, items, label):
        super().__init__(items)


for cls in [WithNew, InitAfterNew, Inherits, NewBelowInit, NewAbove, Plain, Managed, Declared, OnlyVarargsInit, MyList]:
    print(cls.__name__, inspect.signature(cls))

# Instances that set __signature__ per object.
def handler(*args, **kwargs):
    pass


handler.__signature__ = inspect.signature(lambda request, *, verbose=False: None)
print("handler", inspect.signature(handler))
handler.__signature__ = None
print("handler", inspect.signature(handler))
handler.__signature__ = "not a signature"
try:
    inspect.signature(handler)
except TypeError as error:
    print("TypeError", error)


class Broken:
    def method():
        pass

    @staticmethod
    def bare():
        pass


try:
    inspect.signature(Broken().method)
except ValueError as error:
    print("ValueError", error)
print(inspect.signature(Broken().bare))

for obj in [object, Meta, 42, "text", None]:
    try:
        print(inspect.signature(obj))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

for builtin_type in [int, MyError, dict]:
    try:
        print(inspect.signature(builtin_type))
    except ValueError as error:
        print("ValueError", error)

# Signature.from_callable is the same question.
print(Signature.from_callable(Account.open) == inspect.signature(account.open))
print(inspect.signature(account.deposit) == inspect.signature(lambda amount, /, note="": 0))

# Classes whose __init__ or __new__ the library generates.
import collections
import dataclasses
import enum
import typing


@dataclasses.dataclass
class Record:
    key: int
    label: str = "none"
    tags: list = dataclasses.field(default_factory=list)
    seed: dataclasses.InitVar[int] = 0


@dataclasses.dataclass(kw_only=True, frozen=True)
class Options:
    verbose: bool
    depth: int = 2


Pair = collections.namedtuple("Pair", "left right", defaults=[None])


class Typed(typing.NamedTuple):
    name: str
    size: int = 0


class Color(enum.Enum):
    RED = 1


T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T, *, sealed: bool = False):
        self.item = item


for cls in [Record, Options, Pair, Typed, Box]:
    print(cls.__name__, inspect.signature(cls))
print(Record.__doc__)
print(inspect.signature(Record.__init__), inspect.signature(Record(1).__eq__))
print(inspect.signature(Color.__call__) == inspect.signature(type(Color).__call__))
print(inspect.signature(Box[int]))
