# Defaults that are descriptors: the class-level value (__get__ with no instance) is
# the default, __set__ runs on every init, and __set_name__ reaches a default given
# through field().
from dataclasses import dataclass, field, fields


class Checked:
    def __init__(self, default):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self.default
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        print("set", self.name, value)
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


@dataclass
class Account:
    balance: int = Checked(100)
    limit: int = Checked(5)


acct = Account()
print(acct, acct.balance, vars(acct))
print(Account(7, 8))
try:
    Account(-1)
except ValueError as error:
    print("ValueError", error)
print([f.default for f in fields(Account)])


class Named:
    def __set_name__(self, owner, name):
        print("Named.__set_name__", owner.__name__, name)
        self.owner_name = owner.__name__

    def __repr__(self):
        return "Named()"


@dataclass
class Holder:
    thing: object = field(default=Named())


print(Holder(), Holder.thing, Holder.thing.owner_name)


class ReadOnly:
    def __get__(self, obj, owner):
        return 3


@dataclass
class UsesReadOnly:
    x: int = ReadOnly()


print(UsesReadOnly(), UsesReadOnly(9), UsesReadOnly.__dict__["x"].__class__.__name__)


@dataclass
class WithProperty:
    _x: int = 0

    @property
    def doubled(self):
        return self._x * 2


print(WithProperty(4).doubled)
