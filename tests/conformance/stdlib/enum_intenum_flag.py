import enum


class Level(enum.IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Level.LOW < Level.HIGH, Level.MID + 1, sorted([Level.HIGH, Level.LOW]), int(Level.MID))
print(Level(5), f"{Level.HIGH}", str(Level.LOW), repr(Level.LOW))


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw))
print(~Perm.R, Perm(7), Perm(0))


class Bits(enum.IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, Bits.A | 8, int(Bits.B), Bits(3))
