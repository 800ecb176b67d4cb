import enum


class Status(enum.Enum):
    DRAFT = enum.auto()
    REVIEW = enum.auto()
    PUBLISHED = enum.auto()


print([(s.name, s.value) for s in Status])


class Named(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")

    NORTH_EAST = enum.auto()
    SOUTH = enum.auto()


print([m.value for m in Named], Named("south"))


class Mixed(enum.Enum):
    A = 10
    B = enum.auto()
    D = 20
    E = enum.auto()


print([(m.name, m.value) for m in Mixed])


class Bits(enum.Flag):
    ONE = enum.auto()
    TWO = enum.auto()
    FOUR = enum.auto()
    ALL = ONE | TWO | FOUR


print([b.value for b in Bits], Bits.ALL.value, Bits.ALL, list(Bits.ALL))


class Letters(enum.StrEnum):
    ALPHA = enum.auto()
    BETA = enum.auto()


print(list(Letters), Letters.ALPHA == "alpha", Letters.BETA.upper())
