import enum


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(p.name, round(p.gravity, 2)) for p in Planet])


class Step(enum.Enum):
    FIRST = enum.auto()
    SECOND = enum.auto()
    THIRD = enum.auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([s.value for s in Step], Step.FIRST.next(), Step.THIRD.next())
