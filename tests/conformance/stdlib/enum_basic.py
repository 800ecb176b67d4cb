import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], Color.RED.value)
print(list(Color.__members__), Color.BLUE in Color, isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as error:
    print("ValueError", error)
try:
    Color.RED = 5
except AttributeError as error:
    print("AttributeError")
