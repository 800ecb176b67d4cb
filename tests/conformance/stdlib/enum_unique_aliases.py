import enum


class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name)
print(list(Shape.__members__.items())[-1][0], [n for n, m in Shape.__members__.items() if n != m.name])
try:
    @enum.unique
    class Mistake(enum.Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as error:
    print("ValueError", error)


@enum.unique
class Fine(enum.Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    class Dup(enum.Enum):
        A = 1
        A = 2
except TypeError as error:
    print("TypeError", error)
