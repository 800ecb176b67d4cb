import enum

Animal = enum.Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, Animal(2), Animal["DOG"].name)
Color = enum.Enum("Color", [("RED", "#f00"), ("GREEN", "#0f0")])
print(Color.RED.value, Color("#0f0"), [c.name for c in Color])
Shape = enum.Enum("Shape", {"SQUARE": 4, "TRIANGLE": 3}, module=__name__, qualname="Shape")
print(Shape.SQUARE, Shape(3), Shape.__qualname__)
Level = enum.IntEnum("Level", "LOW MEDIUM HIGH", start=10)
print([int(l) for l in Level], Level.HIGH > 10, Level(11).name)
Perm = enum.Flag("Perm", "R W X")
print([p.value for p in Perm], Perm.R | Perm.X, Perm(6))
Comma = enum.Enum("Comma", "A, B,C")
print([m.name for m in Comma], len(Comma))
try:
    enum.Enum("Bad", "A A")
except TypeError as error:
    print("TypeError", error)
