import enum


class Method(enum.StrEnum):
    GET = enum.auto()
    POST = "post"


print(Method.GET, Method.POST.upper(), Method("post"), Method.GET == "get")
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as error:
    print("ValueError", error)


class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2


print(list(Shape), Shape.ALIAS, list(Shape.__members__.items())[-1])
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Pets = enum.Enum("Pets", [("DOG", "d"), ("FISH", "f")])
print(Pets("f"), Pets.DOG.name)
