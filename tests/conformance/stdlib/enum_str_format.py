import enum


class Plain(enum.Enum):
    A = 1
    B = "two"


class Num(enum.IntEnum):
    ONE = 1


class Txt(str, enum.Enum):
    HELLO = "hello"


class Fl(enum.Flag):
    X = 1
    Y = 2


class IFl(enum.IntFlag):
    X = 1
    Y = 2


for member in [Plain.A, Plain.B, Num.ONE, Txt.HELLO, Fl.X | Fl.Y, IFl.X | IFl.Y, IFl(0), Fl(0)]:
    print(str(member), "|", repr(member), "|", format(member), "|", f"{member!s:>12}|")


class Custom(enum.Enum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return self.name.title()

    def __format__(self, spec):
        return format(str(self), spec)


print(str(Custom.LOW), f"[{Custom.HIGH:^8}]", repr(Custom.LOW))
