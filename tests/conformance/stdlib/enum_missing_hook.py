import enum


class Size(enum.Enum):
    SMALL = "s"
    MEDIUM = "m"
    LARGE = "l"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower()[:1]:
                    return member
        return None


print(Size("S"), Size("medium"), Size("Large"))
try:
    Size("x")
except ValueError as error:
    print("ValueError", error)


class Code(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        pseudo = int.__new__(cls, value)
        pseudo._name_ = f"CODE_{value}"
        pseudo._value_ = value
        return pseudo


print(Code(200), Code(418).name, Code(418).value, Code(418) == 418, len(Code))


class Broken(enum.Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    Broken(2)
except TypeError as error:
    print("TypeError")
