import enum


class Coin(enum.Enum):
    PENNY = (1, "copper")
    NICKEL = (5, "nickel")
    DIME = (10, "silver")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj

    def __lt__(self, other):
        return self.value < other.value


print([(c.name, c.value, c.metal) for c in Coin], Coin(5), sorted([Coin.DIME, Coin.PENNY]))


class Http(int, enum.Enum):
    def __new__(cls, code, phrase):
        obj = int.__new__(cls, code)
        obj._value_ = code
        obj.phrase = phrase
        return obj

    OK = 200, "OK"
    TEAPOT = 418, "I'm a teapot"


print(Http.TEAPOT, Http(418).phrase, Http.OK + 1, [h.phrase for h in Http])


class Point(enum.Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Point((1, 1)), Point.ORIGIN.value, Point.UNIT.value[0])
